package vn.anm.assistant.channel.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Zalo and Facebook channels deliver replies: how many messages are processed at once, how
 * many may wait, how long a send may take and how transient send failures are retried.
 *
 * @param concurrency messages processed at the same time (each user's messages stay in order)
 * @param maxPending accepted messages not yet answered; beyond this a webhook answers 503 and the
 *        platform delivers again later
 * @param sendTimeout the longest a single call to a platform's send API may take
 * @param retries how many times a transient send failure is retried
 * @param firstBackoff the wait before the first retry; each retry waits about twice as long
 * @param maxBackoff the longest wait between two retries
 * @param dedupTtl how long a platform message id is remembered to drop repeated deliveries
 * @param dedupMaxSize how many message ids each instance also keeps in memory at most (the database keeps all)
 */
@ConfigurationProperties("anm.channel.delivery")
public record DeliveryProperties(@DefaultValue("64") int concurrency, @DefaultValue("10000") int maxPending,
        @DefaultValue("10s") Duration sendTimeout, @DefaultValue("4") int retries,
        @DefaultValue("500ms") Duration firstBackoff, @DefaultValue("20s") Duration maxBackoff,
        @DefaultValue("24h") Duration dedupTtl, @DefaultValue("200000") long dedupMaxSize) {
}
