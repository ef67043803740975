package vn.anm.assistant.channel.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Zalo and Facebook channels keep and deliver what they accepted: accepted events wait in the
 * database inbox, their replies in the database outbox, and workers on every instance share both.
 *
 * @param concurrency sends in flight at once on this instance (each user's parts still go one by one);
 *        with 2 s sends, 512 carries about 100 events a second of 2–3 parts each (500–600 would be in flight
 *        at 100 a second of 3-part replies: raise it for more; see docs/channels.md for what 1024 cost under kill -9)
 * @param processingConcurrency inbox events processed (conversation turn + outbox rows) at once
 * @param maxPending inbox rows waiting at most; beyond this a webhook answers 503 and the platform
 *        delivers again later
 * @param sendTimeout the longest a single call to a platform's send API may take
 * @param firstBackoff the wait before a part is tried again after a failure; it doubles each time
 * @param maxBackoff the longest wait between two tries of a part
 * @param platformPause how long a platform that answered 5xx, 429 or nothing is left alone before a
 *        harmless probe request checks it is back (doubling up to {@code maxBackoff})
 * @param lease how long a claimed inbox or outbox row is reserved for this instance; a crashed
 *        instance's rows are taken over after it
 * @param pollEvery how often the workers look for work that no local event announced
 * @param shutdownGrace on shutdown, how long sends already started may take to finish
 * @param resendUncertain whether a part whose attempt may have reached the platform (timeout after the
 *        request was sent, a crash mid-send) is sent again: {@code false} (the default) prefers a
 *        missing part to a repeated one
 * @param dedupTtl how long a platform message id is remembered to drop repeated deliveries
 * @param dedupMaxSize how many message ids each instance also keeps in memory at most (the database keeps all)
 * @param attemptRetention how long the record of each send attempt is kept
 */
@ConfigurationProperties("anm.channel.delivery")
public record DeliveryProperties(@DefaultValue("512") int concurrency, @DefaultValue("8") int processingConcurrency,
        @DefaultValue("100000") int maxPending, @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("500ms") Duration firstBackoff, @DefaultValue("60s") Duration maxBackoff,
        @DefaultValue("2s") Duration platformPause, @DefaultValue("30s") Duration lease,
        @DefaultValue("250ms") Duration pollEvery, @DefaultValue("20s") Duration shutdownGrace,
        @DefaultValue("false") boolean resendUncertain, @DefaultValue("24h") Duration dedupTtl,
        @DefaultValue("200000") long dedupMaxSize, @DefaultValue("7d") Duration attemptRetention) {
}
