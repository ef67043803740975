package vn.anm.assistant.moderation.console;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.anm.assistant.knowledge.KnowledgeStore.DraftState;
import vn.anm.assistant.moderation.Timestamps;
import vn.anm.assistant.moderation.gate.Figures;

/** Vietnamese words for the console's codes, used by the templates as {@code @consoleLabels}. */
@Component("consoleLabels")
public class ConsoleLabels {

    public static final Map<String, String> GROUPS = new LinkedHashMap<>();
    public static final Map<String, String> SEVERITIES = new LinkedHashMap<>();

    static {
        GROUPS.put("thu-doan", "Thủ đoạn lừa đảo");
        GROUPS.put("ky-nang", "Kỹ năng an toàn");
        GROUPS.put("phap-luat", "Pháp luật");
        GROUPS.put("trinh-bao", "Trình báo, liên hệ");
        GROUPS.put("tinh-hinh", "Tình hình");
        GROUPS.put("phong-trao", "Phong trào");
        SEVERITIES.put("info", "Thông tin");
        SEVERITIES.put("warning", "Cảnh báo");
        SEVERITIES.put("urgent", "Khẩn cấp");
    }

    public Map<String, String> groups() {
        return GROUPS;
    }

    public Map<String, String> severities() {
        return SEVERITIES;
    }

    public String group(String id) {
        return GROUPS.getOrDefault(id, id);
    }

    public String severity(Object severity) {
        String key = String.valueOf(severity).toLowerCase(Locale.ROOT);
        return SEVERITIES.getOrDefault(key, key);
    }

    public String state(DraftState state) {
        return switch (state) {
            case UNCHANGED -> "Đang chạy";
            case CHANGED -> "Đã sửa (nháp)";
            case NEW -> "Mới (nháp)";
        };
    }

    public String time(Instant at) {
        return Timestamps.shown(at);
    }

    public String figure(double value) {
        return Figures.format(value);
    }

    public String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    public String delta(double before, double after) {
        double d = after - before;
        if (Math.abs(d) < 0.0005) {
            return "=";
        }
        return (d > 0 ? "+" : "−") + Figures.format(Math.abs(d));
    }

    public String channel(Object channel) {
        return switch (String.valueOf(channel)) {
            case "WEB" -> "Trang web";
            case "FACEBOOK" -> "Messenger";
            case "ZALO" -> "Zalo";
            default -> String.valueOf(channel);
        };
    }

    public String decision(Object decision) {
        return switch (String.valueOf(decision)) {
            case "ANSWER" -> "Trả lời";
            case "CLARIFY" -> "Hỏi lại";
            case "FALLBACK" -> "Không tìm thấy";
            default -> String.valueOf(decision);
        };
    }
}
