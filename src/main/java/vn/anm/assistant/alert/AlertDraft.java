package vn.anm.assistant.alert;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a moderator writes; {@link #problems()} says in Vietnamese what keeps it from being published. */
public record AlertDraft(String title, String text, @Nullable Instant validFrom, @Nullable Instant validUntil, @Nullable String topic,
        List<String> communes) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 600;

    public AlertDraft {
        title = nfc(title).strip();
        text = nfc(text).strip().replace("\r\n", "\n");
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        communes = communes.stream().map(AlertDraft::nfc).map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add("Cần có tiêu đề.");
        } else if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            problems.add("Tiêu đề dài quá " + MAX_TITLE + " ký tự.");
        }
        if (text.isEmpty()) {
            problems.add("Cần có nội dung cảnh báo.");
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            problems.add("Nội dung dài " + text.codePointCount(0, text.length()) + " ký tự, quá " + MAX_TEXT + " ký tự.");
        }
        if (validFrom == null || validUntil == null) {
            problems.add("Cần có thời điểm bắt đầu và kết thúc hiệu lực.");
        } else if (!validUntil.isAfter(validFrom)) {
            problems.add("Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        }
        if (communes.stream().anyMatch(c -> c.length() > 100) || communes.size() > 50) {
            problems.add("Danh sách xã/phường quá dài (tối đa 50 tên, mỗi tên 100 ký tự).");
        }
        return problems;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
