package vn.anm.assistant.conversation.internal;

import java.util.Optional;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;
import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.MatchResult;

/**
 * A typed question, last in line: the knowledge base answers, asks which topic was meant, or says honestly it has
 * nothing; CLARIFY and FALLBACK are kept for moderators. The first message of a conversation gets a one-line welcome
 * in front of the answer; a message saying the citizen wants to report offers the intake with the answer.
 */
record QuestionHandler(AnswerMatcher matcher, AnswerReplies answers, MenuReplies menu, UnansweredRecorder unanswered, PhraseMatcher words) implements TurnHandler {

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String text = turn.text();
        // In-memory matching takes about half a millisecond, p99 under 2 ms (bench/BENCHMARKS.md): it stays on the event loop.
        MatchResult result = matcher.match(text);
        Turn reply = switch (result.decision()) {
            case ANSWER -> answers.answer(result.topic(), turn);
            case CLARIFY -> words.mentions(Words.VICTIM, text) ? answers.clarifyForVictim(result.candidates(), turn)
                    : answers.clarify(result.candidates(), turn);
            case FALLBACK -> answers.fallback(turn);
        };
        if (words.mentions(Words.REPORT_MENTION, text)) {
            reply = answers.offeringReport(reply);
        }
        Turn shown = turn.firstTurn() ? reply.preceded(Reply.text(menu.shortWelcome())) : reply;
        return Optional.of(switch (result.decision()) {
            case ANSWER -> Mono.just(shown);
            case CLARIFY, FALLBACK -> unanswered.record(text, result, turn.message().channel(), turn.now()).thenReturn(shown);
        });
    }
}
