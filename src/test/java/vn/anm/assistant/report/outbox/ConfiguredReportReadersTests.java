package vn.anm.assistant.report.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.OfficerPresence;
import vn.anm.assistant.report.ReportProperties;
import vn.anm.assistant.report.ReportReader;
import vn.anm.assistant.report.ReportReadersProperties;

/** Who the chat says reads reports, from the configuration: destinations first, then the console, else nobody. */
class ConfiguredReportReadersTests {

    static final String RECEIVER = "Phòng An ninh mạng, Công an tỉnh";

    @Test
    void aWebhookDestinationForwardsToTheNamedReceiver() {
        ReportReader reader = readers(webhook(), null, new ReportReadersProperties(RECEIVER, false));
        assertThat(reader).isEqualTo(new ReportReader.Forwarded(RECEIVER));
        assertThat(reader.anyone()).isTrue();
    }

    @Test
    void aDestinationWithoutAReceiverNameStillForwardsButNamesNobody() {
        assertThat(readers(webhook(), null, new ReportReadersProperties("  ", true))).isEqualTo(new ReportReader.Forwarded(null));
    }

    @Test
    void anEmailDestinationCountsOnlyWithAMailServer() {
        ReportProperties mail = properties("officers@example.org", null, null);
        assertThat(readers(mail, new JavaMailSenderImpl(), new ReportReadersProperties(RECEIVER, false)))
                .isEqualTo(new ReportReader.Forwarded(RECEIVER));
        assertThat(readers(mail, null, new ReportReadersProperties(RECEIVER, false))).isEqualTo(new ReportReader.NoReader());
    }

    @Test
    void withoutDestinationOfficersInTheConsoleReadThem() {
        ReportReader reader = readers(properties(null, null, null), null, new ReportReadersProperties(RECEIVER, true));
        assertThat(reader).isEqualTo(new ReportReader.ReadInConsole());
        assertThat(reader.anyone()).isTrue();
    }

    @Test
    void withoutDestinationAndConsoleNobodyReadsThem() {
        ReportReader reader = readers(properties(null, null, null), null, new ReportReadersProperties(null, false));
        assertThat(reader).isEqualTo(new ReportReader.NoReader());
        assertThat(reader.anyone()).isFalse();
    }

    @Test
    void withoutDestinationAnOfficerAccountMeansTheConsoleAndItsLossMeansNobody() {
        java.util.concurrent.atomic.AtomicBoolean officer = new java.util.concurrent.atomic.AtomicBoolean(true);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("officers", (OfficerPresence) officer::get);
        Destinations none = new Destinations(properties(null, null, null), beans.getBeanProvider(JavaMailSender.class), JsonMapper.builder().build());
        ConfiguredReportReaders readers = new ConfiguredReportReaders(none, new ReportReadersProperties(null, false),
                beans.getBeanProvider(OfficerPresence.class));
        assertThat(readers.current()).isEqualTo(new ReportReader.ReadInConsole());
        officer.set(false);
        assertThat(readers.current()).isEqualTo(new ReportReader.NoReader());
    }

    private static ReportReader readers(ReportProperties properties, @Nullable JavaMailSender mail, ReportReadersProperties readers) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (mail != null) {
            beans.addBean("mailSender", mail);
        }
        Destinations destinations = new Destinations(properties, beans.getBeanProvider(JavaMailSender.class), JsonMapper.builder().build());
        return new ConfiguredReportReaders(destinations, readers, beans.getBeanProvider(OfficerPresence.class)).current();
    }

    private static ReportProperties webhook() {
        return properties(null, URI.create("http://127.0.0.1:9/reports"), "secret");
    }

    /** Bound as Spring binds anm.report.*, so settings added later keep their defaults here. */
    private static ReportProperties properties(@Nullable String mailTo, @Nullable URI webhook, @Nullable String secret) {
        Map<String, String> values = new HashMap<>();
        if (mailTo != null) {
            values.put("anm.report.mail-to", mailTo);
        }
        if (webhook != null) {
            values.put("anm.report.webhook-url", webhook.toString());
            values.put("anm.report.webhook-secret", secret);
        }
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("anm.report", ReportProperties.class);
    }
}
