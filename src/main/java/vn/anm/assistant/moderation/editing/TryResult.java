package vn.anm.assistant.moderation.editing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.MatchResult;

/** What the matcher decides for a message: the decision, the answered entry, the confidence and the ranked candidates. */
public record TryResult(Decision decision, @Nullable String topic, double confidence, List<Candidate> candidates) {

    public static TryResult of(AnswerMatcher matcher, String text) {
        MatchResult result = matcher.match(text);
        return new TryResult(result.decision(), result.decision() == Decision.ANSWER && result.topic() != null ? result.topic().id() : null,
                result.confidence(), result.candidates());
    }

    public String decisionLabel() {
        return switch (decision) {
            case ANSWER -> "Trả lời";
            case CLARIFY -> "Hỏi lại (đưa lựa chọn)";
            case FALLBACK -> "Không tìm thấy";
        };
    }
}
