package vn.anm.assistant.channel.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.ReplyComposer;

/** The stateless verdict of POST /api/v1/ask, for the functional route and the annotated controller alike. */
@Component
class Asking {

    private final AnswerMatcher matcher;
    private final ReplyComposer replies;

    Asking(AnswerMatcher matcher, ReplyComposer replies) {
        this.matcher = matcher;
        this.replies = replies;
    }

    /** The verdict on a message; {@link InvalidMessage} for no text or too much. */
    AskResponse ask(@Nullable String text) {
        String valid = MessageLimits.requireValid(text);
        // In-memory matching takes well under a millisecond (bench/BENCHMARKS.md): no need to leave the event loop.
        MatchResult result = matcher.match(valid);
        String topic = result.decision() == Decision.ANSWER && result.topic() != null ? result.topic().id() : null;
        return new AskResponse(result.decision(), topic, result.confidence(), replies.compose(result), result.candidates());
    }
}
