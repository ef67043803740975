package vn.anm.assistant.channel.delivery;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import vn.anm.assistant.conversation.ChannelKind;

/**
 * Counters for the channels: events by outcome ({@code anm.channel.events}), replies delivered or
 * failed with a reason ({@code anm.channel.replies}) and send retries ({@code anm.channel.send.retries}).
 */
@Component
public class ChannelMetrics {

    private final MeterRegistry registry;

    ChannelMetrics(MeterRegistry registry) {
        this.registry = registry;
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

    private static String tag(ChannelKind channel) {
        return channel.name().toLowerCase(java.util.Locale.ROOT);
    }
}
