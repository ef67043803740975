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
    /** Synonym phrases folded once, as syllable lists, beside the phrases searched. */
    private final List<List<List<String>>> foldedSynonyms;

    public TextPreparer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.foldedSynonyms = lexicon.synonymGroups().stream()
                .map(group -> group.stream().map(p -> List.of(VietnameseText.fold(p).split(" "))).toList())
                .toList();
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
            if (abbreviation != null && !SyllableRules.isSyllable(token)) {
                expanded.addAll(VietnameseText.tokens(abbreviation.expansion()));
                alternatives.addAll(abbreviation.alternatives());
            } else {
                expanded.add(token);
            }
        }
        List<String> content = remove(expanded, lexicon.frames());
        List<String> folded = content.stream().map(VietnameseText::foldSyllable).toList();
        addSynonyms(folded, alternatives);
        List<String> topical = remove(content, lexicon.neutralPhrases()).stream().map(VietnameseText::foldSyllable).toList();
        return new PreparedText(String.join(" ", content), topical, List.copyOf(alternatives));
    }

    /** Removes every occurrence of the phrases (folded syllable lists, longest first). */
    private static List<String> remove(List<String> tokens, List<List<String>> phrases) {
        List<String> folded = tokens.stream().map(VietnameseText::foldSyllable).toList();
        boolean[] drop = new boolean[tokens.size()];
        for (List<String> frame : phrases) {
            for (int i = 0; i + frame.size() <= folded.size(); i++) {
                if (!drop[i] && folded.subList(i, i + frame.size()).equals(frame)) {
                    for (int j = i; j < i + frame.size(); j++) {
                        drop[j] = true;
                    }
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!drop[i]) {
                kept.add(tokens.get(i));
            }
        }
        return kept;
    }

    private void addSynonyms(List<String> folded, Set<String> alternatives) {
        for (int g = 0; g < foldedSynonyms.size(); g++) {
            if (foldedSynonyms.get(g).stream().anyMatch(phrase -> containsPhrase(folded, phrase))) {
                alternatives.addAll(lexicon.synonymGroups().get(g));
            }
        }
    }

    private static boolean containsPhrase(List<String> folded, List<String> words) {
        for (int i = 0; i + words.size() <= folded.size(); i++) {
            if (folded.subList(i, i + words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }
}
