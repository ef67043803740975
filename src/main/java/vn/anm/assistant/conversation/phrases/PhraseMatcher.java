package vn.anm.assistant.conversation.phrases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.anm.assistant.knowledge.TextFolding;

/**
 * The conversation's one phrase matcher over the word sets of knowledge-base/lexicon/conversation.tsv (one
 * "set ⇥ phrase" a line). Phrases and messages are compared folded (no diacritics, lower case, no punctuation),
 * word by word. A message <em>says</em> a set when it is made only of that set's phrases and fillers ("đồng ý ạ",
 * "dong y"); it <em>mentions</em> a set when one of its phrases appears anywhere.
 */
public final class PhraseMatcher {

    /** The vocabulary file inside the knowledge-base folder. */
    public static final String FILE = "lexicon/conversation.tsv";
    /** Longer messages are never a short command or answer, whatever words they contain. */
    private static final int MAX_WORDS = 10;

    private final Map<String, List<List<String>>> sets;
    private final Set<String> fillers;

    private PhraseMatcher(Map<String, List<List<String>>> sets) {
        this.sets = sets;
        this.fillers = new HashSet<>();
        sets.getOrDefault(Words.FILLER.fileName(), List.of()).forEach(filler -> fillers.add(String.join(" ", filler)));
    }

    /** The vocabulary of a knowledge-base folder. */
    public static PhraseMatcher of(Path knowledgeBase) {
        try {
            return parse(Files.readString(knowledgeBase.resolve(FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The conversation vocabulary " + knowledgeBase.resolve(FILE) + " cannot be read", e);
        }
    }

    /** The vocabulary of the repository's knowledge-base folder (tests, benchmarks). */
    public static PhraseMatcher standard() {
        return of(Path.of("knowledge-base"));
    }

    /** Reads "set ⇥ phrase" lines; '#' starts a comment line. */
    public static PhraseMatcher parse(String tsv) {
        Map<String, List<List<String>>> sets = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || TextFolding.fold(cols[1]).isEmpty()) {
                throw new IllegalArgumentException("conversation.tsv: not 'set<TAB>phrase': " + line.strip());
            }
            sets.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(words(cols[1]));
        }
        // longest first, so "chào tạm biệt" is read before "chào"
        sets.values().forEach(phrases -> phrases.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed()));
        return new PhraseMatcher(sets);
    }

    /** The names of the sets the file has. */
    public Set<String> sets() {
        return sets.keySet();
    }

    /** Whether the whole message is a phrase of {@code set}, with fillers around it. */
    public boolean says(Words set, String text) {
        return read(text, List.of(set.fileName())).isPresent();
    }

    /** Whether a phrase of {@code set} appears anywhere in the message. */
    public boolean mentions(Words set, String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        return sets.getOrDefault(set.fileName(), List.of()).stream().anyMatch(p -> folded.contains(" " + String.join(" ", p) + " "));
    }

    /**
     * The sets whose phrases make up the whole message, with fillers; empty when a word belongs to none, or the
     * message has no phrase at all or more than {@code maxWords} words.
     */
    Optional<Set<String>> read(String text, List<String> names, int maxWords) {
        List<String> tokens = words(text);
        if (tokens.isEmpty() || tokens.size() > maxWords) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        int at = 0;
        while (at < tokens.size()) {
            int consumed = consume(tokens, at, names, found);
            if (consumed == 0 && !fillers.contains(tokens.get(at))) {
                return Optional.empty();
            }
            at += Math.max(consumed, 1);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    private Optional<Set<String>> read(String text, List<String> names) {
        return read(text, names, MAX_WORDS);
    }

    /** The longest phrase of any of {@code names} at {@code at}; its length, 0 when none. */
    private int consume(List<String> tokens, int at, List<String> names, Set<String> found) {
        int longest = 0;
        String set = null;
        for (String name : names) {
            for (List<String> phrase : sets.getOrDefault(name, List.of())) {
                if (phrase.size() > longest && at + phrase.size() <= tokens.size()
                        && tokens.subList(at, at + phrase.size()).equals(phrase)) {
                    longest = phrase.size();
                    set = name;
                }
            }
        }
        if (set != null) {
            found.add(set);
        }
        return longest;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(TextFolding.fold(text).split(" ")));
        words.removeIf(String::isEmpty);
        return words;
    }
}
