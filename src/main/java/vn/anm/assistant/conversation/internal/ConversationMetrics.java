package vn.anm.assistant.conversation.internal;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.urgent.UrgentKind;

/**
 * What the conversation counts: messages handled by channel ({@code anm.messages.in}), what each turn
 * was ({@code anm.decisions}: the matcher's ANSWER, CLARIFY, FALLBACK, or the step, e.g. URGENT, MENU,
 * REPORT_SUBMITTED) and the urgent cases recognised ({@code anm.urgent.detections}). The series an
 * operator watches exist from the start at zero.
 */
final class ConversationMetrics {

    private final MeterRegistry registry;

    ConversationMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ChannelKind channel : ChannelKind.values()) {
            registry.counter("anm.messages.in", "channel", tag(channel.name()));
        }
        for (TurnKind kind : new TurnKind[] {TurnKind.ANSWER, TurnKind.CLARIFY, TurnKind.FALLBACK, TurnKind.URGENT}) {
            registry.counter("anm.decisions", "decision", kind.name());
        }
        for (UrgentKind kind : UrgentKind.values()) {
            registry.counter("anm.urgent.detections", "kind", tag(kind.name()));
        }
    }

    void received(ChannelKind channel) {
        registry.counter("anm.messages.in", "channel", tag(channel.name())).increment();
    }

    /** Decisions are a closed set of names (matcher decisions and conversation steps), never user text. */
    void decided(TurnKind decision) {
        registry.counter("anm.decisions", "decision", decision.name()).increment();
    }

    void urgent(UrgentKind kind) {
        registry.counter("anm.urgent.detections", "kind", tag(kind.name())).increment();
    }

    private static String tag(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
