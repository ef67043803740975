package vn.anm.assistant.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Alerts: what moderators publish and withdraw, and what the chat shows. */
public interface LocalAlerts {

    /** Fails with {@link AlertRefused} when the draft breaks a rule. */
    Mono<LocalAlert> publish(AlertDraft draft, String author);

    /** Ends the alert at once (kept for the record). Empty when there is no such alert. */
    Mono<LocalAlert> withdraw(UUID id, String by);

    /** Every alert, newest first. */
    Flux<LocalAlert> all(int limit);

    /** Those shown to citizens at {@code at}, newest first; may be a few seconds behind another instance's publish. */
    Mono<List<LocalAlert>> active(Instant at);

    /** True the first time for this alert and chat account (a pseudonym): the answer then carries the alert in front. */
    Mono<Boolean> firstShowing(UUID alertId, String userRef, Instant at);
}
