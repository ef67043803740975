package vn.anm.assistant.moderation.gate;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.knowledge.eval.LabelledMessage;

/** A labelled test question: the entry a message should get ({@code topic}; null = outside the bot's field). */
public record TestQuestion(long id, String set, String label, String text, @Nullable String topic, List<String> alsoOk, String style,
        Instant createdAt, String createdBy) {

    public static final List<String> STYLES = List.of("dau", "khongdau", "teencode", "kechuyen");

    public TestQuestion {
        alsoOk = List.copyOf(alsoOk);
    }

    LabelledMessage labelled() {
        return new LabelledMessage(label, text, topic, alsoOk, style);
    }

    public static String styleLabel(String style) {
        return switch (style) {
            case "dau" -> "Có dấu";
            case "khongdau" -> "Không dấu";
            case "teencode" -> "Viết tắt, teencode";
            case "kechuyen" -> "Kể chuyện";
            default -> style;
        };
    }
}
