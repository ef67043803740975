package vn.anm.assistant.report;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who reads reports, beside the destinations of {@link ReportProperties} (same {@code anm.report} prefix,
 * kept apart so the forwarding settings stay as they are).
 *
 * @param receiverName   the receiver of forwarded reports as a citizen should read it, e.g. "Phòng An ninh
 *                       mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh Lạng Sơn"
 *                       (ANM_REPORT_RECEIVER_NAME); only used when a destination is configured
 * @param consoleReaders whether officers read reports in the console (ANM_REPORT_CONSOLE_READERS); until
 *                       the officers' console says so from real accounts, this property does
 */
@ConfigurationProperties("anm.report")
public record ReportReadersProperties(@Nullable String receiverName, boolean consoleReaders) {

    public boolean receiverNamed() {
        return receiverName != null && !receiverName.isBlank();
    }
}
