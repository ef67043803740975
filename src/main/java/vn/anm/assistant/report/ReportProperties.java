package vn.anm.assistant.report;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report module ({@code anm.report.*}). With neither {@code mailTo} nor
 * {@code webhookUrl} set, reports wait in the database for the console.
 *
 * @param mailTo        where reports are e-mailed (ANM_REPORT_MAIL_TO; comma-separated); needs spring.mail.host
 * @param mailFrom      the sender address of those e-mails
 * @param webhookUrl    where reports are POSTed as JSON (ANM_REPORT_WEBHOOK_URL)
 * @param webhookSecret the HMAC-SHA256 key signing each POST (ANM_REPORT_WEBHOOK_SECRET); required with the URL
 * @param zone          the time zone of the day in reference codes
 * @param retention     how long a closed report is kept before it is purged
 * @param draftRetention how long an abandoned draft is kept
 * @param purgeEvery    how often the retention purge runs
 * @param forwarding    the forwarder's pace
 */
@ConfigurationProperties("anm.report")
public record ReportProperties(@Nullable String mailTo, @DefaultValue("tro-ly-anm@localhost") String mailFrom,
        @Nullable URI webhookUrl, @Nullable String webhookSecret, @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("180d") Duration retention, @DefaultValue("7d") Duration draftRetention,
        @DefaultValue("1h") Duration purgeEvery, @DefaultValue Forwarding forwarding) {

    /**
     * @param every       pause between two forwarding runs
     * @param batchSize   deliveries claimed per run
     * @param concurrency deliveries in flight at once per instance
     * @param lease       how long a claimed delivery is reserved for this instance (longer than timeout)
     * @param timeout     the longest one delivery attempt may take
     * @param firstRetry  the wait after the first failure; doubled after each further failure
     * @param maxRetry    the longest wait between two attempts
     */
    public record Forwarding(@DefaultValue("5s") Duration every, @DefaultValue("20") int batchSize,
            @DefaultValue("4") int concurrency, @DefaultValue("2m") Duration lease,
            @DefaultValue("20s") Duration timeout, @DefaultValue("10s") Duration firstRetry,
            @DefaultValue("1h") Duration maxRetry) {
    }

    public boolean mailConfigured() {
        return mailTo != null && !mailTo.isBlank();
    }

    public boolean webhookConfigured() {
        return webhookUrl != null && !webhookUrl.toString().isBlank();
    }

    @Override
    public String toString() {
        return "ReportProperties[mailTo=" + (mailConfigured() ? "(set)" : "(none)") + ", mailFrom=" + mailFrom
                + ", webhookUrl=" + (webhookConfigured() ? "(set)" : "(none)") + ", webhookSecret=****, zone=" + zone
                + ", retention=" + retention + ", draftRetention=" + draftRetention + ", purgeEvery=" + purgeEvery
                + ", forwarding=" + forwarding + "]";
    }
}
