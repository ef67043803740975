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
            if (abbreviation != null && !SyllableRules.isSyllable(token)) {
                expanded.addAll(VietnameseText.tokens(abbreviation.expansion()));
                alternatives.addAll(abbreviation.alternatives());
            } else {
                expanded.add(token);
            }
        }
        List<String> content = remove(expanded, frames);
        List<String> folded = content.stream().map(VietnameseText::foldSyllable).toList();
        for (PhraseMatcher.Match match : synonyms.find(folded)) {
            alternatives.addAll(lexicon.synonymGroups().get(synonymGroupOf.get(match.phrase())));
        }
        List<String> topical = remove(content, neutral).stream().map(VietnameseText::foldSyllable).toList();
        return new PreparedText(String.join(" ", content), topical, List.copyOf(alternatives));
    }

    /** The tokens outside every match of the phrases. */
    private static List<String> remove(List<String> tokens, PhraseMatcher phrases) {
        List<String> folded = tokens.stream().map(VietnameseText::foldSyllable).toList();
        boolean[] drop = new boolean[tokens.size()];
        for (PhraseMatcher.Match match : phrases.find(folded)) {
            for (int j = match.start(); j < match.start() + match.length(); j++) {
                drop[j] = true;
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
}
