package vn.anm.assistant.channel.web;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of POST /api/v1/chat: typed text or a pressed button's payload. {@code user}, sent by older
 * pages, is accepted and ignored: the session cookie says who is chatting. Each field is a JSON string or absent ({@link StrictText}).
 */
record ChatRequest(@JsonDeserialize(using = StrictText.class) @Nullable String user,
        @JsonDeserialize(using = StrictText.class) @Nullable String text,
        @JsonDeserialize(using = StrictText.class) @Nullable String payload) {
}
