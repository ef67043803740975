package vn.anm.assistant.knowledge.analysis;

import java.util.List;
import java.util.Map;

/**
 * The moderator-editable tables of knowledge-base/lexicon/: abbreviations (token → reading, other
 * readings), synonym groups, question frames and neutral words (place and time words that never tell
 * a topic; as folded syllables). Keys and phrases are stored folded (no diacritics,
 * lowercase) so that a message typed either way finds them.
 */
public record Lexicon(Map<String, Abbreviation> abbreviations, List<List<String>> synonymGroups,
        List<List<String>> frames, List<List<String>> neutralPhrases) {

    public record Abbreviation(String token, String expansion, List<String> alternatives) {
    }

    public Lexicon {
        abbreviations = Map.copyOf(abbreviations);
        synonymGroups = synonymGroups.stream().map(List::copyOf).toList();
        frames = frames.stream().map(List::copyOf).toList();
        neutralPhrases = neutralPhrases.stream().map(List::copyOf).toList();
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of(), List.of(), List.of(), List.of());
    }
}
