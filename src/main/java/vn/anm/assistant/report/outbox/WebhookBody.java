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
                new Incident(c.answers().kind() == null ? null : c.answers().kind().name(), labels.of(c.answers().kind()), c.answers().whatHappened(),
                        c.answers().occurredWhen(), c.answers().contactChannel() == null ? null : c.answers().contactChannel().name(),
                        labels.of(c.answers().contactChannel())),
                new Counterpart(c.answers().counterpart().phoneNumbers(), c.answers().counterpart().links(), c.answers().counterpart().accountNames(),
                        c.answers().counterpart().bankAccount(), c.answers().counterpart().bank()),
                c.answers().moneyLost() == null ? null
                        : new MoneyLost(c.answers().moneyLost().asTold(), c.answers().moneyLost().amountDong(), c.answers().moneyLost().bank()),
                new ReporterContact(c.answers().commune(), c.answers().callbackPhone()), c.answers().notes());
    }
}
