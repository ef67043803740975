package vn.anm.assistant.report.outbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.store.StoredReport;

/** The plain-text e-mail of a report, one labelled line per answer. */
final class MailText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ReportLabels labels;
    private final ZoneId zone;

    MailText(ReportLabels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
    }

    String subject(StoredReport report) {
        return labels.get("report.mail.subject", report.reference().value());
    }

    String body(StoredReport report, String idempotencyKey) {
        ReportDraft c = report.content();
        StringBuilder text = new StringBuilder()
                .append(labels.get("report.mail.intro", report.channel(), TIME.format(c.consentAt().atZone(zone))))
                .append("\n\n");
        line(text, "reference", report.reference().value());
        line(text, "submittedAt", TIME.format(report.submittedAt().atZone(zone)));
        line(text, "kind", labels.of(c.answers().kind()));
        line(text, "whatHappened", c.answers().whatHappened());
        line(text, "occurredWhen", c.answers().occurredWhen());
        line(text, "contactChannel", labels.of(c.answers().contactChannel()));
        line(text, "phoneNumbers", join(c.answers().counterpart().phoneNumbers()));
        line(text, "links", join(c.answers().counterpart().links()));
        line(text, "accountNames", join(c.answers().counterpart().accountNames()));
        line(text, "bankAccount", c.answers().counterpart().bankAccount());
        line(text, "bank", c.answers().counterpart().bank());
        line(text, "moneyLost", c.answers().moneyLost() == null ? null : c.answers().moneyLost().asTold());
        line(text, "moneyBank", c.answers().moneyLost() == null ? null : c.answers().moneyLost().bank());
        line(text, "commune", c.answers().commune());
        line(text, "callbackPhone", c.answers().callbackPhone());
        line(text, "notes", c.answers().notes());
        return text.append('\n').append(labels.get("report.mail.footer", idempotencyKey)).append('\n').toString();
    }

    private void line(StringBuilder text, String key, @Nullable String value) {
        text.append(labels.get("report.mail." + key)).append(": ")
                .append(value == null || value.isBlank() ? labels.get("report.mail.none") : value).append('\n');
    }

    private static @Nullable String join(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
