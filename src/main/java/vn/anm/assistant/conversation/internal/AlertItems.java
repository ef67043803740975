package vn.anm.assistant.conversation.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.anm.assistant.alert.LocalAlert;
import vn.anm.assistant.knowledge.ReplyTexts;

/** One local alert as a chat message: title, text, valid until, and where (plain text). */
final class AlertItems {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ReplyTexts texts;
    private final ZoneId zone;

    AlertItems(ReplyTexts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    String item(LocalAlert alert) {
        String where = String.join(", ", alert.communes());
        if (where.length() > 300) {
            where = where.substring(0, 299) + "…";
        }
        return texts.get(where.isEmpty() ? "alert.item" : "alert.item.communes", alert.title(), alert.text(),
                SHOWN.format(alert.validUntil().atZone(zone)), where);
    }
}
