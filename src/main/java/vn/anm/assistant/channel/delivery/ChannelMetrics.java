package vn.anm.assistant.channel.delivery;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import vn.anm.assistant.conversation.ChannelKind;

/**
 * Counters for the channels: events by outcome ({@code anm.channel.events}), replies delivered or
 * failed with a reason ({@code anm.channel.replies}) and send retries ({@code anm.channel.send.retries});
 * messages sent to citizens ({@code anm.messages.out}), the time from accepting a message to its whole
 * reply going out ({@code anm.reply.latency}, a histogram) and Zalo token refreshes
 * ({@code anm.zalo.token.refreshes}). The series operators alert on exist from the start at zero, so a
 * dashboard shows 0 rather than "no data" and {@code increase()} sees the first event.
 */
@Component
public class ChannelMetrics {

    private final MeterRegistry registry;

    ChannelMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ChannelKind channel : ChannelKind.values()) {
            messagesOut(channel);
            replyLatency(channel);
        }
        for (String outcome : new String[] {"success", "failure"}) {
            zaloTokenRefreshes(outcome);
        }
    }

    /** Starts the clock of one reply when its message is accepted. */
    public Timer.Sample accepted() {
        return Timer.start(registry);
    }

    /** One message went out to a citizen (a reply may take several). */
    public void sent(ChannelKind channel) {
        messagesOut(channel).increment();
    }

    /** The whole reply to one accepted message went out. */
    public void answered(ChannelKind channel, Timer.Sample accepted) {
        accepted.stop(replyLatency(channel));
    }

    /** The whole reply to a message accepted this long ago went out (the accept time came from the database). */
    public void answered(ChannelKind channel, Duration sinceAccepted) {
        replyLatency(channel).record(sinceAccepted.isNegative() ? Duration.ZERO : sinceAccepted);
    }

    /** The Zalo OA access token was renewed and stored. */
    public void zaloTokenRenewed() {
        zaloTokenRefreshes("success").increment();
    }

    /** A renewal of the Zalo OA access token failed: refused, or Zalo could not be reached. */
    public void zaloTokenRenewalFailed() {
        zaloTokenRefreshes("failure").increment();
    }

    public void event(ChannelKind channel, String outcome) {
        registry.counter("anm.channel.events", "channel", tag(channel), "outcome", outcome).increment();
    }

    public void delivered(ChannelKind channel) {
        registry.counter("anm.channel.replies", "channel", tag(channel), "outcome", "delivered", "reason", "none").increment();
    }

    public void failed(ChannelKind channel, String reason) {
        registry.counter("anm.channel.replies", "channel", tag(channel), "outcome", "failed", "reason", reason).increment();
    }

    public void retried(ChannelKind channel, String reason) {
        registry.counter("anm.channel.send.retries", "channel", tag(channel), "reason", reason).increment();
    }

    /** Problems a person must fix (a rejected token): counted apart so an alert can watch them. */
    public void credentialProblem(ChannelKind channel, String reason) {
        registry.counter("anm.channel.credential.problems", "channel", tag(channel), "reason", reason).increment();
    }

    private Counter messagesOut(ChannelKind channel) {
        return registry.counter("anm.messages.out", "channel", tag(channel));
    }

    private Timer replyLatency(ChannelKind channel) {
        return Timer.builder("anm.reply.latency")
                .description("From accepting a citizen's message to its whole reply going out")
                .tag("channel", tag(channel))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    private Counter zaloTokenRefreshes(String outcome) {
        return registry.counter("anm.zalo.token.refreshes", "outcome", outcome);
    }

    private static String tag(ChannelKind channel) {
        return channel.name().toLowerCase(java.util.Locale.ROOT);
    }
}
