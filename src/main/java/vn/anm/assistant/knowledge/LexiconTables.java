package vn.anm.assistant.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

/** The four lexicon tables of knowledge-base/lexicon/ as their raw tab-separated text, comments included. */
public record LexiconTables(String abbreviations, String synonyms, String frames, String neutral) {

    public static final LexiconTables EMPTY = new LexiconTables("", "", "", "");

    /** File name (without folder) → text, in the order the README lists them. */
    public Map<String, String> byFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("abbreviations.tsv", abbreviations);
        files.put("synonyms.tsv", synonyms);
        files.put("frames.tsv", frames);
        files.put("neutral.tsv", neutral);
        return files;
    }

    public static LexiconTables fromFiles(Map<String, String> files) {
        return new LexiconTables(files.getOrDefault("abbreviations.tsv", ""), files.getOrDefault("synonyms.tsv", ""),
                files.getOrDefault("frames.tsv", ""), files.getOrDefault("neutral.tsv", ""));
    }
}
