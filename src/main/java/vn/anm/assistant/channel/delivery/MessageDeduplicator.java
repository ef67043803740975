package vn.anm.assistant.channel.delivery;

import reactor.core.publisher.Mono;

/**
 * Remembers which platform messages were already accepted, so a delivery the platform repeats
 * (same Facebook {@code mid}, same Zalo {@code msg_id}) is processed once, whichever instance gets it.
 */
public interface MessageDeduplicator {

    /** True the first time {@code key} is seen, false for every repeat within the remembered window. */
    Mono<Boolean> firstDelivery(String key);
}
