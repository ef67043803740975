package vn.anm.assistant.channel.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * POST /api/v1/ask: the matcher's stateless verdict on one message (evaluation and quick tries). The JSON requests that
 * can be answered are served by {@link AskRoute} first; this mapping keeps the contract's 405, 406 and 415 problems.
 */
@RestController
class AskController {

    private final Asking asking;

    AskController(Asking asking) {
        this.asking = asking;
    }

    @PostMapping(path = "/api/v1/ask", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<AskResponse> ask(@RequestBody AskRequest request) {
        return Mono.just(asking.ask(request.text()));
    }
}
