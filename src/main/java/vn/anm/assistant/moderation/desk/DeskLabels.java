package vn.anm.assistant.moderation.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.ContactChannel;
import vn.anm.assistant.report.IncidentKind;
import vn.anm.assistant.report.ReportStatus;

/** Vietnamese words for the desk (the report module's labels, messages/report.properties), as {@code @deskLabels}. */
@Component("deskLabels")
public class DeskLabels {

    private static final Map<String, String> CHANNELS = Map.of("WEB", "Trang web", "FACEBOOK", "Facebook", "ZALO", "Zalo");

    private final Properties texts = new Properties();

    DeskLabels() {
        try (InputStream in = DeskLabels.class.getClassLoader().getResourceAsStream("messages/report.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing messages/report.properties");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String kind(@Nullable IncidentKind kind) {
        return kind == null ? "(chưa chọn)" : texts.getProperty("report.kind." + kind.name(), kind.name());
    }

    public String kindName(String name) {
        return texts.getProperty("report.kind." + name, name);
    }

    public String contact(@Nullable ContactChannel channel) {
        return channel == null ? "" : texts.getProperty("report.contact." + channel.name(), channel.name());
    }

    public Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (IncidentKind kind : IncidentKind.values()) {
            kinds.put(kind.name(), kind(kind));
        }
        return kinds;
    }

    public String channel(String channel) {
        return CHANNELS.getOrDefault(channel, channel);
    }

    public Map<String, String> channels() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("ZALO", "Zalo");
        channels.put("FACEBOOK", "Facebook");
        channels.put("WEB", "Trang web");
        return channels;
    }

    public String status(CaseStatus status) {
        return status.label();
    }

    public String delivery(ReportStatus status, boolean anyDestination) {
        return switch (status) {
            case FORWARDED -> "đã chuyển tới nơi nhận";
            case CLOSED -> "đã đóng";
            case RECEIVED -> anyDestination ? "đang chuyển" : "chỉ lưu ở đây";
        };
    }

    public String destination(String name) {
        return switch (name) {
            case "EMAIL" -> "thư điện tử";
            case "WEBHOOK" -> "hệ thống tiếp nhận (webhook)";
            default -> name;
        };
    }

    /** 50000000 → "50.000.000 đ". */
    public String money(@Nullable Long dong) {
        return dong == null ? "" : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(dong) + " đ";
    }
}
