package vn.anm.assistant.report.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.anm.assistant.report.ReportReader;
import vn.anm.assistant.report.ReportReaders;
import vn.anm.assistant.report.ReportReadersProperties;

/**
 * Who reads reports, from configuration: a destination that will really be used (an e-mail address
 * without a mail server is not one) means forwarded; otherwise the console, when
 * {@code anm.report.console-readers} says officers read there; otherwise nobody.
 */
@Component
class ConfiguredReportReaders implements ReportReaders {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredReportReaders.class);

    private final ReportReader reader;

    ConfiguredReportReaders(Destinations destinations, ReportReadersProperties properties) {
        if (!destinations.names().isEmpty()) {
            this.reader = new ReportReader.Forwarded(properties.receiverNamed() ? properties.receiverName().strip() : null);
            if (!properties.receiverNamed()) {
                log.warn("ANM_REPORT_RECEIVER_NAME is not set: the chat tells citizens their report goes to the"
                        + " operator's officers without naming the receiver");
            }
        } else if (properties.consoleReaders()) {
            this.reader = new ReportReader.ReadInConsole();
        } else {
            this.reader = new ReportReader.NoReader();
            log.warn("No report destination and no officer reading reports in the console: the chat does not offer"
                    + " the report intake, it explains how to report to the police instead");
        }
    }

    @Override
    public ReportReader current() {
        return reader;
    }
}
