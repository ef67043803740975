package vn.anm.assistant.channel.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.ReplyComposer;

/** POST /api/v1/ask: the matcher's stateless verdict on one message (evaluation and quick tries). */
@RestController
class AskController {

    private final AnswerMatcher matcher;
    private final ReplyComposer replies;

    AskController(AnswerMatcher matcher, ReplyComposer replies) {
        this.matcher = matcher;
        this.replies = replies;
    }

    @PostMapping(path = "/api/v1/ask", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<AskResponse> ask(@RequestBody AskRequest request) {
        String text = MessageLimits.requireValid(request.text());
        // In-memory matching takes about half a millisecond, p99 under 2 ms (bench/BENCHMARKS.md): no need to leave the event loop.
        MatchResult result = matcher.match(text);
        String topic = result.decision() == Decision.ANSWER && result.topic() != null ? result.topic().id() : null;
        return Mono.just(new AskResponse(result.decision(), topic, result.confidence(), replies.compose(result), result.candidates()));
    }
}
