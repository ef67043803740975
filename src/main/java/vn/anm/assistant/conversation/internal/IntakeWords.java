package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import vn.anm.assistant.knowledge.TextFolding;

/**
 * The few typed words the report intake and the deletion request understand, with or without
 * diacritics and polite fillers ("đồng ý ạ", "dong y"). "Không đồng ý" is never consent: only the
 * words themselves, with fillers, count.
 */
final class IntakeWords {

    private static final Set<String> FILLERS = Set.of("a", "ah", "ak", "nha", "nhe", "ne", "oi", "ad", "toi", "minh",
            "em", "anh", "chi", "roi", "r", "vang", "da", "voi", "cho", "ban", "bot", "luon", "ngay");

    private static final List<List<String>> CONSENT = phrases("dong y", "toi dong y", "co dong y", "ok dong y", "dongy");
    private static final List<List<String>> DECLINE = phrases("khong dong y", "ko dong y", "k dong y", "khong", "ko", "k",
            "khong muon", "chua", "chua muon", "de sau", "thoi", "huy", "huy bo", "thoat", "dung lai", "khong can", "tu choi",
            "no", "stop", "exit", "cancel");
    private static final List<List<String>> SKIP = phrases("bo qua", "skip", "khong co", "khong", "khong biet",
            "khong nho", "ko", "ko co", "khong ro", "chua biet", "giu nguyen", "giu nhu cu");
    private static final List<List<String>> BACK = phrases("quay lai", "tro lai", "back", "lui lai", "quay ve");
    private static final List<List<String>> CANCEL = phrases("huy", "huy bo", "thoat", "dung lai", "cancel", "stop",
            "exit", "huy trinh bao", "thoi", "huy xoa ban khai", "xoa ban khai");
    private static final List<List<String>> SEND = phrases("gui", "gui di", "gui tin bao", "gui trinh bao", "xac nhan",
            "dong y gui", "send");
    private static final List<List<String>> EDIT = phrases("sua", "sua lai", "chinh sua", "sua thong tin");
    private static final List<List<String>> RESUME = phrases("tiep tuc", "tiep", "lam tiep", "khai tiep");
    private static final List<List<String>> RESTART = phrases("lam lai", "lam lai tu dau", "bat dau lai");
    private static final List<List<String>> START = phrases("trinh bao", "trinh bao su viec", "muon trinh bao",
            "can trinh bao", "toi muon trinh bao", "trinh bao lua dao", "bao cao su viec", "to giac");
    private static final List<List<String>> NO_MONEY = phrases("khong mat tien", "khong mat", "chua mat tien", "khong bi mat tien",
            "khong mat dong nao", "chua chuyen tien", "khong chuyen tien", "chua bi mat tien", "khong mat gi");
    private static final List<String> REPORT_WORDS = List.of("trinh bao", "bao cao lua", "bao cao vu", "bao cao su viec",
            "to giac", "to cao", "lam don", "viet don", "bao cong an", "bao cho cong an");
    private static final List<String> VICTIM_WORDS = List.of("bi lua", "bi lua dao", "bi scam", "dinh lua", "mac lua");
    private static final List<List<String>> DELETE = phrases("xoa du lieu cua toi", "xoa du lieu", "xoa du lieu cua minh",
            "xoa het du lieu cua toi", "xoa thong tin cua toi", "xoa du lieu ca nhan", "xoa du lieu ca nhan cua toi");
    private static final List<List<String>> CONFIRM_DELETE = phrases("dong y", "co", "xoa", "xoa di", "xoa het",
            "xoa du lieu", "xac nhan", "dong y xoa", "co xoa");

    private IntakeWords() {
    }

    static boolean consents(String text) {
        return matches(text, CONSENT);
    }

    /** A clear no to the consent; anything else that is not a clear yes is asked again. */
    static boolean declines(String text) {
        return matches(text, DECLINE);
    }

    /** "Bỏ qua", or "Giữ nguyên" when the question was answered before. */
    static boolean skips(String text) {
        return matches(text, SKIP);
    }

    static boolean goesBack(String text) {
        return matches(text, BACK);
    }

    static boolean cancels(String text) {
        return matches(text, CANCEL);
    }

    static boolean sends(String text) {
        return matches(text, SEND);
    }

    static boolean edits(String text) {
        return matches(text, EDIT);
    }

    static boolean resumes(String text) {
        return matches(text, RESUME);
    }

    static boolean restarts(String text) {
        return matches(text, RESTART);
    }

    /** "trình báo", "tôi muốn trình báo"…: the start of the intake, typed. */
    static boolean startsReport(String text) {
        return matches(text, START);
    }

    /** "không mất tiền" typed at the money question instead of pressed. */
    static boolean noMoneyLost(String text) {
        return matches(text, NO_MONEY);
    }

    /**
     * Says the citizen wants to report, anywhere in a message ("báo cáo lừa đảo", "làm đơn tố giác ngay trên đây"):
     * the answer then offers the intake. Unlike {@link #startsReport}, a question about reporting counts too.
     */
    static boolean mentionsReport(String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        return REPORT_WORDS.stream().anyMatch(w -> folded.contains(" " + w + " "));
    }

    /** "bị lừa", "bị scam": somebody who may have lost something already, not somebody asking how a scam works. */
    static boolean victim(String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        return VICTIM_WORDS.stream().anyMatch(w -> folded.contains(" " + w + " "));
    }

    /** "xóa dữ liệu của tôi" and its close variants. */
    static boolean asksDeletion(String text) {
        return matches(text, DELETE);
    }

    static boolean confirmsDeletion(String text) {
        return matches(text, CONFIRM_DELETE);
    }

    private static boolean matches(String text, List<List<String>> phrases) {
        List<String> words = new ArrayList<>(Arrays.asList(TextFolding.fold(text).split(" ")));
        words.removeIf(String::isEmpty);
        if (words.isEmpty() || words.size() > 10) {
            return false;
        }
        if (phrases.contains(words)) {
            return true;
        }
        words.removeIf(FILLERS::contains);
        return !words.isEmpty() && phrases.contains(words);
    }

    private static List<List<String>> phrases(String... phrases) {
        return Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
    }
}
