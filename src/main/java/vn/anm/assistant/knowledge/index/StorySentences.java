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
 * A story's sentences, and which of them carry the event (issue 16): money sent, a code given, a link clicked, an
 * app installed, an account lost, a threat. A citizen's story wraps the event in narrative ("Chị tôi làm công nhân
 * ở khu công nghiệp…", "Tôi mắt kém, không rành điện thoại."); the coverage guard also reads each event sentence on
 * its own ({@link #events}), so that a phrasing which covers the event is not held back by the narrative around it.
 * A sentence without an event cue does not count on its own, the question included: "Người ta bảo phải có nghiệm
 * thu phòng cháy chữa cháy" names an entry's object, not a scam (measured on the training data, docs/evaluation.md).
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

    /** A sentence: its distinct folded topical syllables and whether it names an event (an act the entries are about). */
    record Sentence(List<String> terms, boolean event) {
    }

    /** The message's sentences; none for a message of one sentence. */
    static List<Sentence> of(String message, TextPreparer preparer) {
        if (!mayHaveSentences(message)) { // most messages: no regular expression run at all
            return List.of();
        }
        String[] parts = SENTENCE_END.split(message);
        if (parts.length < 2) {
            return List.of();
        }
        List<Sentence> sentences = new ArrayList<>(parts.length);
        for (String part : parts) {
            PreparedText prepared = preparer.prepare(part);
            List<String> terms = prepared.foldedTerms();
            if (terms.isEmpty()) {
                continue;
            }
            sentences.add(new Sentence(List.copyOf(new LinkedHashSet<>(terms)), hasCue(prepared.text())));
        }
        return sentences;
    }

    /** Whether {@link #SENTENCE_END} can match: a sentence end or a line break somewhere. */
    private static boolean mayHaveSentences(String message) {
        for (int i = 0; i < message.length(); i++) {
            switch (message.charAt(i)) {
                case '.', '!', '?', ';', '…', '\n' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The syllables of each sentence the coverage guard reads on its own: the event sentences of {@link #MIN_TERMS} syllables or more. */
    static List<List<String>> events(List<Sentence> sentences) {
        if (sentences.size() < 2) {
            return List.of();
        }
        return sentences.stream().filter(s -> s.event() && s.terms().size() >= MIN_TERMS).map(Sentence::terms).toList();
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
