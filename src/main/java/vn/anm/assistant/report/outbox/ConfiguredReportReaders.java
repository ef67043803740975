package vn.anm.assistant.report.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.anm.assistant.report.OfficerPresence;
import vn.anm.assistant.report.ReportReader;
import vn.anm.assistant.report.ReportReaders;
import vn.anm.assistant.report.ReportReadersProperties;

/**
 * Who reads reports: a destination that will really be used (an e-mail address without a mail server is not one)
 * means forwarded; otherwise the console, when an officer account can read there ({@link OfficerPresence}, asked on
 * every use) or {@code anm.report.console-readers} says so; otherwise nobody.
 */
@Component
class ConfiguredReportReaders implements ReportReaders {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredReportReaders.class);
    private static final ReportReader IN_CONSOLE = new ReportReader.ReadInConsole();
    private static final ReportReader NOBODY = new ReportReader.NoReader();

    private final ReportReader forwarded;
    private final boolean consoleReaders;
    private final ObjectProvider<OfficerPresence> officers;

    ConfiguredReportReaders(Destinations destinations, ReportReadersProperties properties, ObjectProvider<OfficerPresence> officers) {
        this.consoleReaders = properties.consoleReaders();
        this.officers = officers;
        if (!destinations.names().isEmpty()) {
            this.forwarded = new ReportReader.Forwarded(properties.receiverNamed() ? properties.receiverName().strip() : null);
            if (!properties.receiverNamed()) {
                log.warn("ANM_REPORT_RECEIVER_NAME is not set: the chat tells citizens their report goes to the"
                        + " operator's officers without naming the receiver");
            }
        } else {
            this.forwarded = null;
            log.warn("Reports have no destination (set ANM_REPORT_MAIL_TO with SPRING_MAIL_HOST, or ANM_REPORT_WEBHOOK_URL):"
                    + " they are kept in the database for officers to read at /console/reports, and the chat tells citizens so."
                    + " With no officer account and ANM_REPORT_CONSOLE_READERS=false the chat does not take reports at all,"
                    + " it explains how to report to the police instead");
        }
    }

    @Override
    public ReportReader current() {
        if (forwarded != null) {
            return forwarded;
        }
        OfficerPresence presence = officers.getIfAvailable();
        return consoleReaders || (presence != null && presence.officersReadReports()) ? IN_CONSOLE : NOBODY;
    }
}
