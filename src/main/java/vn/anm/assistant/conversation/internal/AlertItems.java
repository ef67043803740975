package vn.anm.assistant.conversation.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.anm.assistant.alert.LocalAlert;
import vn.anm.assistant.knowledge.ReplyTexts;

/** One local alert as a chat message: title, text, valid until, and where (plain text). */
record AlertItems(ReplyTexts texts, ZoneId zone) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    String item(LocalAlert alert) {
        String where = String.join(", ", alert.communes());
        if (where.length() > 300) {
            where = where.substring(0, 299) + "…";
        }
        return texts.get(where.isEmpty() ? "alert.item" : "alert.item.communes", alert.title(), alert.text(),
                SHOWN.format(alert.validUntil().atZone(zone)), where);
    }
}
