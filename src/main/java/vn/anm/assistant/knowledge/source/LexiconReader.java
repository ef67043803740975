package vn.anm.assistant.knowledge.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.analysis.Lexicon;
import vn.anm.assistant.knowledge.analysis.VietnameseText;

/** Reads the tab-separated lexicon tables; '#' starts a comment line. */
final class LexiconReader {

    private LexiconReader() {
    }

    static Map<String, Lexicon.Abbreviation> abbreviations(String file, String tsv, List<String> problems) {
        Map<String, Lexicon.Abbreviation> table = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : tsv.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                problems.add(file + ":" + lineNo + ": expected 'token<TAB>expansion[<TAB>alternatives<TAB>note]'");
                continue;
            }
            String token = VietnameseText.clean(cols[0]);
            if (token.contains(" ")) {
                problems.add(file + ":" + lineNo + ": token '" + cols[0].strip() + "' must be one word");
                continue;
            }
            List<String> alternatives = cols.length > 2 ? splitBar(cols[2]) : List.of();
            table.put(VietnameseText.fold(token),
                    new Lexicon.Abbreviation(token, VietnameseText.clean(cols[1]), alternatives));
        }
        return table;
    }

    static List<List<String>> synonymGroups(String tsv) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> group = splitBar(line.replace('\t', ' '));
            if (group.size() >= 2) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** Phrases (frames, neutral words) as folded syllable sequences, longest first so "cho em hỏi" wins over "em". */
    static List<List<String>> frames(String tsv) {
        List<List<String>> frames = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String first = line.split("\t", -1)[0];
            if (first.isBlank() || first.startsWith("#")) {
                continue;
            }
            String folded = VietnameseText.fold(VietnameseText.clean(first));
            if (!folded.isEmpty()) {
                frames.add(Arrays.asList(folded.split(" ")));
            }
        }
        frames.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return frames;
    }

    private static List<String> splitBar(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            String cleaned = VietnameseText.clean(part);
            if (!cleaned.isEmpty()) {
                out.add(cleaned);
            }
        }
        return out;
    }
}
