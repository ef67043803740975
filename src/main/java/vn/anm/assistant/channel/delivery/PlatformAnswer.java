package vn.anm.assistant.channel.delivery;

import tools.jackson.databind.JsonNode;

/**
 * What a platform's API answered: the HTTP status and the body read as JSON ({@code MissingNode} when it
 * was empty or not JSON). Each platform reads it with its own pure {@code classify}.
 */
public record PlatformAnswer(int status, JsonNode body) {

    public boolean is2xx() {
        return status >= 200 && status < 300;
    }

    public boolean is5xxOr429() {
        return status >= 500 || status == 429;
    }
}
