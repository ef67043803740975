package vn.anm.assistant.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lexicon tables of knowledge-base/lexicon/ as their raw tab-separated text, comments included: four the
 * matcher reads, and {@code conversation} — the conversation's own vocabulary (commands, small talk, the intake's
 * answers), read by the conversation module. A table missing from an older stored version is empty.
 */
public record LexiconTables(String abbreviations, String synonyms, String frames, String neutral, String conversation) {

    public static final LexiconTables EMPTY = new LexiconTables("", "", "", "", "");

    public LexiconTables {
        abbreviations = abbreviations == null ? "" : abbreviations;
        synonyms = synonyms == null ? "" : synonyms;
        frames = frames == null ? "" : frames;
        neutral = neutral == null ? "" : neutral;
        conversation = conversation == null ? "" : conversation;
    }

    /** File name (without folder) → text, in the order the README lists them. */
    public Map<String, String> byFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("abbreviations.tsv", abbreviations);
        files.put("synonyms.tsv", synonyms);
        files.put("frames.tsv", frames);
        files.put("neutral.tsv", neutral);
        files.put("conversation.tsv", conversation);
        return files;
    }

    public static LexiconTables fromFiles(Map<String, String> files) {
        return new LexiconTables(files.getOrDefault("abbreviations.tsv", ""), files.getOrDefault("synonyms.tsv", ""),
                files.getOrDefault("frames.tsv", ""), files.getOrDefault("neutral.tsv", ""), files.getOrDefault("conversation.tsv", ""));
    }
}
