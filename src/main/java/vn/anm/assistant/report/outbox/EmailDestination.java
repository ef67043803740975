package vn.anm.assistant.report.outbox;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.report.store.StoredReport;

/**
 * E-mails the report to ANM_REPORT_MAIL_TO over SMTP (Spring Boot's {@code spring.mail.*}). The
 * Message-ID and an {@code X-Idempotency-Key} header are derived from the delivery, so a repeat after
 * a crash can be recognised. JavaMail blocks: it runs on boundedElastic.
 */
final class EmailDestination implements Destination {

    static final String NAME = "EMAIL";

    private final JavaMailSender sender;
    private final String[] to;
    private final String from;
    private final MailText text;

    EmailDestination(JavaMailSender sender, String to, String from, MailText text) {
        this.sender = sender;
        this.to = to.split("\\s*,\\s*");
        this.from = from;
        this.text = text;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Mono<Void> deliver(StoredReport report, String idempotencyKey) {
        return Mono.fromRunnable(() -> sender.send(message(report, idempotencyKey)))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    private MimeMessage message(StoredReport report, String idempotencyKey) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(text.subject(report));
            helper.setText(text.body(report, idempotencyKey));
            message.setHeader("Message-ID", "<" + idempotencyKey + "@anm-assistant>");
            message.setHeader("X-Idempotency-Key", idempotencyKey);
            return message;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("cannot build the report e-mail", e);
        }
    }
}
