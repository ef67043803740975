package vn.anm.assistant.knowledge.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns raw text into what the index sees, the same way for example questions and for citizens'
 * messages: clean, expand abbreviations that are not Vietnamese syllables ("mk" → "mật khẩu"),
 * drop question frames ("cho em hỏi", "làm sao"), and collect synonyms as extra readings.
 */
public final class TextPreparer {

    /** Long stories are cut here: beyond it words add noise, not evidence. */
    static final int MAX_TOKENS = 160;

    private final Lexicon lexicon;
    private final PhraseMatcher frames;
    private final PhraseMatcher neutral;
    private final PhraseMatcher synonyms;
    /** For each synonym phrase, the index of its group. */
    private final List<Integer> synonymGroupOf = new ArrayList<>();

    public TextPreparer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.frames = new PhraseMatcher(lexicon.frames());
        this.neutral = new PhraseMatcher(lexicon.neutralPhrases());
        List<List<String>> synonymPhrases = new ArrayList<>();
        for (int g = 0; g < lexicon.synonymGroups().size(); g++) {
            for (String phrase : lexicon.synonymGroups().get(g)) {
                synonymPhrases.add(List.of(VietnameseText.fold(phrase).split(" ")));
                synonymGroupOf.add(g);
            }
        }
        this.synonyms = new PhraseMatcher(synonymPhrases);
    }

    public PreparedText prepare(String raw) {
        List<String> tokens = VietnameseText.tokens(VietnameseText.clean(raw));
        if (tokens.size() > MAX_TOKENS) {
            tokens = tokens.subList(0, MAX_TOKENS);
        }
        List<String> expanded = new ArrayList<>();
        Set<String> alternatives = new LinkedHashSet<>();
        for (String token : tokens) {
            Lexicon.Abbreviation abbreviation = lexicon.abbreviations().get(VietnameseText.foldSyllable(token));
            if (abbreviation != null && (!SyllableRules.isSyllable(token) || writtenAsListed(token, abbreviation))) {
                expanded.addAll(VietnameseText.tokens(abbreviation.expansion()));
                alternatives.addAll(abbreviation.alternatives());
            } else {
                expanded.add(token);
            }
        }
        // Folded once: frames, synonyms and neutral words are all looked up by their folded syllables.
        List<String> expandedFolded = new ArrayList<>(expanded.size());
        for (String token : expanded) {
            expandedFolded.add(VietnameseText.foldSyllable(token));
        }
        boolean[] frame = matched(expandedFolded, frames);
        List<String> content = new ArrayList<>(expanded.size());
        List<String> folded = new ArrayList<>(expanded.size());
        for (int i = 0; i < expanded.size(); i++) {
            if (!frame[i]) {
                content.add(expanded.get(i));
                folded.add(expandedFolded.get(i));
            }
        }
        for (PhraseMatcher.Match match : synonyms.find(folded)) {
            alternatives.addAll(lexicon.synonymGroups().get(synonymGroupOf.get(match.phrase())));
        }
        boolean[] neutralWord = matched(folded, neutral);
        List<String> topical = new ArrayList<>(folded.size());
        List<String> topicalExact = new ArrayList<>(folded.size());
        for (int i = 0; i < folded.size(); i++) {
            if (!neutralWord[i]) {
                topical.add(folded.get(i));
                topicalExact.add(content.get(i));
            }
        }
        return new PreparedText(String.join(" ", content), topical, topicalExact, List.copyOf(alternatives));
    }

    /**
     * Teencode that is also a Vietnamese syllable ("bít" for biết, "mún" for muốn, "hỉu" for hiểu) is expanded
     * only when typed with exactly the listed diacritics: "bít" reads biết, "bịt" and "bit" stay as typed. A
     * listed token without diacritics never qualifies ("khum", "hem" are words as well).
     */
    private static boolean writtenAsListed(String token, Lexicon.Abbreviation abbreviation) {
        String listed = abbreviation.token();
        return token.equals(listed) && !listed.equals(VietnameseText.foldSyllable(listed));
    }

    /** Which tokens fall inside a match of the phrases. */
    private static boolean[] matched(List<String> folded, PhraseMatcher phrases) {
        boolean[] inside = new boolean[folded.size()];
        for (PhraseMatcher.Match match : phrases.find(folded)) {
            for (int j = match.start(); j < match.start() + match.length(); j++) {
                inside[j] = true;
            }
        }
        return inside;
    }
}
