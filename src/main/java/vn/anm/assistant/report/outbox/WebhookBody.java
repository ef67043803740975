package vn.anm.assistant.report.outbox;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.store.StoredReport;

/**
 * The JSON a webhook receives. Data minimisation: the reporter's platform user id is not sent; the
 * call-back phone is, when they gave one.
 */
record WebhookBody(String idempotencyKey, String reference, Instant submittedAt, String channel, Instant consentAt,
        Incident incident, Counterpart counterpart, @Nullable MoneyLost moneyLost, ReporterContact reporter,
        @Nullable String notes) {

    record Incident(@Nullable String kind, @Nullable String kindLabel, @Nullable String whatHappened,
            @Nullable String occurredWhen, @Nullable String contactChannel, @Nullable String contactChannelLabel) {
    }

    record Counterpart(List<String> phoneNumbers, List<String> links, List<String> accountNames,
            @Nullable String bankAccount, @Nullable String bank) {
    }

    record MoneyLost(String asTold, @Nullable Long amountDong, @Nullable String bank) {
    }

    record ReporterContact(@Nullable String commune, @Nullable String callbackPhone) {
    }

    static WebhookBody of(StoredReport report, String idempotencyKey, ReportLabels labels) {
        ReportDraft c = report.content();
        return new WebhookBody(idempotencyKey, report.reference().value(), report.submittedAt(), report.channel(),
                c.consentAt(),
                new Incident(c.kind() == null ? null : c.kind().name(), labels.of(c.kind()), c.whatHappened(),
                        c.occurredWhen(), c.contactChannel() == null ? null : c.contactChannel().name(),
                        labels.of(c.contactChannel())),
                new Counterpart(c.counterpart().phoneNumbers(), c.counterpart().links(), c.counterpart().accountNames(),
                        c.counterpart().bankAccount(), c.counterpart().bank()),
                c.moneyLost() == null ? null
                        : new MoneyLost(c.moneyLost().asTold(), c.moneyLost().amountDong(), c.moneyLost().bank()),
                new ReporterContact(c.commune(), c.callbackPhone()), c.notes());
    }
}
