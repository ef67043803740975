package vn.anm.assistant.channel.delivery;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;
import vn.anm.assistant.conversation.ChannelKind;

/**
 * Retries a send after a transient failure, with exponential backoff and jitter; permanent failures
 * and exhausted retries come out as the last {@link SendFailure}.
 */
@Component
public class SendRetry {

    private final DeliveryProperties properties;
    private final ChannelMetrics metrics;

    SendRetry(DeliveryProperties properties, ChannelMetrics metrics) {
        this.properties = properties;
        this.metrics = metrics;
    }

    public <T> Mono<T> retrying(ChannelKind channel, Mono<T> send) {
        RetryBackoffSpec spec = Retry.backoff(properties.retries(), properties.firstBackoff())
                .maxBackoff(properties.maxBackoff())
                .jitter(0.5)
                .filter(e -> e instanceof SendFailure failure && failure.isTransient())
                .doBeforeRetry(signal -> metrics.retried(channel, ((SendFailure) signal.failure()).reason()))
                .onRetryExhaustedThrow((s, signal) -> signal.failure());
        return send.retryWhen(spec);
    }
}
