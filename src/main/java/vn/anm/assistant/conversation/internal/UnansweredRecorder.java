package vn.anm.assistant.conversation.internal;

import java.time.Instant;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.UnansweredLog;
import vn.anm.assistant.conversation.UnansweredQuestion;
import vn.anm.assistant.conversation.unanswered.PersonalDataMask;
import vn.anm.assistant.knowledge.MatchResult;

/** Keeps a FALLBACK or CLARIFY message for moderators, masked, with the matcher's top candidates. */
final class UnansweredRecorder {

    private final UnansweredLog log;
    private final PersonalDataMask mask;

    UnansweredRecorder(UnansweredLog log, PersonalDataMask mask) {
        this.log = log;
        this.mask = mask;
    }

    Mono<Void> record(String text, MatchResult result, ChannelKind channel, Instant at) {
        return log.record(new UnansweredQuestion(mask.mask(text), result.decision(), channel, at, result.candidates()));
    }
}
