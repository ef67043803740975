package vn.anm.assistant.conversation.internal;

import java.time.Instant;
import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.urgent.UrgentDetector;
import vn.anm.assistant.conversation.urgent.UrgentKind;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.MatchResult;

/**
 * A typed question: urgent cases first, then the knowledge base. CLARIFY and FALLBACK are kept for
 * moderators. The first message of a conversation gets a one-line welcome in front of the answer.
 */
final class QuestionHandler {

    private final UrgentDetector urgentDetector;
    private final AnswerMatcher matcher;
    private final Replies replies;
    private final UnansweredRecorder unanswered;
    private final ConversationMetrics metrics;

    QuestionHandler(UrgentDetector urgentDetector, AnswerMatcher matcher, Replies replies, UnansweredRecorder unanswered,
            ConversationMetrics metrics) {
        this.urgentDetector = urgentDetector;
        this.matcher = matcher;
        this.replies = replies;
        this.unanswered = unanswered;
        this.metrics = metrics;
    }

    Mono<Turn> handle(String text, InboundMessage message, ConversationState state, boolean fresh, Instant now) {
        Optional<UrgentKind> urgent = urgentDetector.detect(text);
        if (urgent.isPresent()) {
            metrics.urgent(urgent.get());
            return Mono.just(replies.urgent().urgent(urgent.get(), state, now));
        }
        if (OtherLanguage.detect(text)) {
            return Mono.just(replies.menu().otherLanguage(state, now));
        }
        // In-memory matching takes about half a millisecond, p99 under 2 ms (bench/BENCHMARKS.md): it stays on the event loop.
        MatchResult result = matcher.match(text);
        Turn turn = switch (result.decision()) {
            case ANSWER -> replies.answers().answer(result.topic(), state, now);
            case CLARIFY -> IntakeWords.victim(text) ? replies.answers().clarifyForVictim(result.candidates(), state, now)
                    : replies.answers().clarify(result.candidates(), state, now);
            case FALLBACK -> replies.answers().fallback(state, now);
        };
        if (IntakeWords.mentionsReport(text)) {
            turn = replies.answers().offeringReport(turn);
        }
        Turn shown = fresh ? turn.preceded(Reply.text(replies.menu().shortWelcome())) : turn;
        return switch (result.decision()) {
            case ANSWER -> Mono.just(shown);
            case CLARIFY, FALLBACK -> unanswered.record(text, result, message.channel(), now).thenReturn(shown);
        };
    }
}
