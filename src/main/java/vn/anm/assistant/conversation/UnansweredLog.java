package vn.anm.assistant.conversation;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The moderators' list of FALLBACK and CLARIFY messages. Callers pass text already masked. */
public interface UnansweredLog {

    Mono<Void> record(UnansweredQuestion question);

    /** The most recent entries, newest first. */
    Flux<UnansweredQuestion> recent(int limit);
}
