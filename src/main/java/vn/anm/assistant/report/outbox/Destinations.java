package vn.anm.assistant.report.outbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.ReportProperties;

/**
 * The destinations configured at start-up. None is fine: reports then wait in the database. A webhook
 * URL without its secret is refused (an unsigned report must never leave); an e-mail address without
 * {@code spring.mail.host} is ignored with a warning.
 */
@Component
public class Destinations {

    private static final Logger log = LoggerFactory.getLogger(Destinations.class);

    private final Map<String, Destination> byName;

    Destinations(ReportProperties properties, ObjectProvider<JavaMailSender> mailSender, JsonMapper json) {
        ReportLabels labels = new ReportLabels();
        Map<String, Destination> found = new LinkedHashMap<>();
        JavaMailSender sender = mailSender.getIfAvailable();
        String mailTo = properties.mailTo();
        if (mailTo != null && !mailTo.isBlank()) {
            if (sender == null) {
                log.warn("ANM_REPORT_MAIL_TO is set but spring.mail.host is not: reports will not be e-mailed");
            } else {
                found.put(EmailDestination.NAME,
                        new EmailDestination(sender, mailTo, properties.mailFrom(), new MailText(labels, properties.zone())));
            }
        }
        URI webhookUrl = properties.webhookConfigured() ? properties.webhookUrl() : null;
        if (webhookUrl != null) {
            String secret = properties.webhookSecret();
            if (secret == null || secret.isBlank()) {
                throw new IllegalStateException("ANM_REPORT_WEBHOOK_URL is set without ANM_REPORT_WEBHOOK_SECRET:"
                        + " reports are only sent signed. Set the secret or remove the URL.");
            }
            found.put(WebhookDestination.NAME, new WebhookDestination(webhookUrl, new WebhookSigner(secret), json, labels));
        }
        this.byName = Collections.unmodifiableMap(found);
        log.info("Report destinations: {}", found.isEmpty() ? "none (reports wait in the database)" : found.keySet());
    }

    /** Names of the configured destinations, written as deliveries when a report is committed. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    @Nullable Destination named(String name) {
        return byName.get(name);
    }
}
