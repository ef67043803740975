package vn.anm.assistant.knowledge.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.anm.assistant.knowledge.analysis.PreparedText;
import vn.anm.assistant.knowledge.analysis.TextPreparer;
import vn.anm.assistant.knowledge.analysis.VietnameseText;

/**
 * A story's sentences, and which of them carry the event or the question (issue 16): money sent, a code
 * given, a link clicked, an app installed, an account lost, a threat — or the question asked. A citizen's
 * story wraps one of those in narrative ("Chị tôi làm công nhân ở khu công nghiệp…", "Tôi mắt kém…"); the
 * coverage guard also reads each carrying sentence on its own ({@link #events}), so that a phrasing which
 * covers the event sentence is not held back by the narrative around it. A sentence without any cue that
 * is not the last one and asks nothing does not count on its own: "Người ta bảo phải có nghiệm thu phòng
 * cháy chữa cháy" names an entry's object, not a scam.
 */
final class StorySentences {

    /** A sentence needs this many distinct topical syllables to be read on its own (as {@code event_share}). */
    static final int MIN_TERMS = 3;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;…])\\s+|\\n+");

    /**
     * Event cues as folded syllables after teencode expansion: one syllable, or two in a row. Chosen for the
     * acts the knowledge base's urgent advice is about; a syllable that folds into common words ("mất", "mã",
     * "cài", "nhấn") is listed only in a pair.
     */
    private static final Set<String> CUES = Set.of(
            // money
            "chuyen tien", "chuyen khoan", "nap tien", "tru tien", "mat tien", "vay tien", "dat coc", "coc", "trieu", "nghin",
            "tien", "stk", "so the", "phi",
            // codes and passwords
            "otp", "ma otp", "ma xac", "doc ma", "gui ma", "mat khau", "xac thuc", "sinh trac",
            // links, files, apps
            "link", "duong dan", "bam vao", "nhan vao", "an vao", "click", "qr", "apk", "exe", "file", "tep", "app", "ung dung",
            "cai dat", "tai ve", "virus", "dieu khien",
            // accounts
            "tai khoan", "nick", "hack", "chiem", "dang nhap", "dang xuat", "khoa",
            // impersonation, threats, traps
            "xung", "gia danh", "mao danh", "lua", "de doa", "doa", "tong tien", "bat coc", "anh nong", "nhay cam", "trung thuong",
            "hoan thue", "goi video", "cuoc goi", "goi dien", "tin nhan", "nhan tin", "chan");

    private StorySentences() {
    }

    /** A sentence: its distinct folded topical syllables and whether it carries the event or the question. */
    record Sentence(List<String> terms, boolean carrying) {
    }

    /** The message's sentences; none for a message of one sentence. */
    static List<Sentence> of(String message, TextPreparer preparer) {
        String[] parts = SENTENCE_END.split(message);
        if (parts.length < 2) {
            return List.of();
        }
        List<Sentence> sentences = new ArrayList<>(parts.length);
        for (int p = 0; p < parts.length; p++) {
            PreparedText prepared = preparer.prepare(parts[p]);
            List<String> terms = prepared.foldedTerms();
            if (terms.isEmpty()) {
                continue;
            }
            boolean carrying = p == parts.length - 1 || parts[p].indexOf('?') >= 0 || hasCue(prepared.text());
            sentences.add(new Sentence(List.copyOf(new LinkedHashSet<>(terms)), carrying));
        }
        return sentences;
    }

    /** The syllables of each sentence the coverage guard reads on its own: the carrying ones, of {@link #MIN_TERMS} or more. */
    static List<List<String>> events(List<Sentence> sentences) {
        if (sentences.size() < 2) {
            return List.of();
        }
        return sentences.stream().filter(s -> s.carrying() && s.terms().size() >= MIN_TERMS).map(Sentence::terms).toList();
    }

    static boolean hasCue(String preparedText) {
        String previous = null;
        for (String token : VietnameseText.tokens(preparedText)) {
            String folded = VietnameseText.foldSyllable(token);
            if (CUES.contains(folded) || previous != null && CUES.contains(previous + " " + folded)) {
                return true;
            }
            previous = folded;
        }
        return false;
    }
}
