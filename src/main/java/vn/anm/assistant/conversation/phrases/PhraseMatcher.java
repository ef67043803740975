package vn.anm.assistant.conversation.phrases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.anm.assistant.knowledge.TextFolding;

/**
 * The conversation's one phrase matcher over the word sets of the conversation vocabulary, knowledge-base/lexicon/
 * conversation.tsv (one "set ⇥ phrase" a line), edited by moderators with the other lexicon tables and served with
 * the published knowledge base. Phrases and messages are compared folded (no diacritics, lower case, no
 * punctuation), word by word. A message <em>says</em> a set when it is made only of that set's phrases and fillers
 * ("đồng ý ạ", "dong y"); it <em>mentions</em> a set when one of its phrases appears anywhere.
 */
public final class PhraseMatcher {

    private static final Logger log = LoggerFactory.getLogger(PhraseMatcher.class);

    /** The vocabulary file inside the knowledge-base folder. */
    public static final String FILE = "lexicon/conversation.tsv";
    /** Longer messages are never a short command or answer, whatever words they contain. */
    private static final int MAX_WORDS = 10;

    private final Supplier<String> published;
    private final Vocabulary fallback;
    private volatile Vocabulary current;

    private PhraseMatcher(Supplier<String> published, Vocabulary fallback) {
        this.published = published;
        this.fallback = fallback;
        this.current = fallback;
    }

    /**
     * The vocabulary of the knowledge base serving now ({@code published}: the table's text), read again when a new
     * version is served; the folder's file while the published version has no such table (published before it existed).
     */
    public static PhraseMatcher live(Supplier<String> published, Path knowledgeBase) {
        return new PhraseMatcher(published, Vocabulary.parse(folderFile(knowledgeBase)));
    }

    /** The vocabulary of a knowledge-base folder, as it is. */
    public static PhraseMatcher of(Path knowledgeBase) {
        return parse(folderFile(knowledgeBase));
    }

    /** The vocabulary of the repository's knowledge-base folder (tests, benchmarks). */
    public static PhraseMatcher standard() {
        return of(Path.of("knowledge-base"));
    }

    /** Reads "set ⇥ phrase" lines; '#' starts a comment line. */
    public static PhraseMatcher parse(String tsv) {
        Vocabulary vocabulary = Vocabulary.parse(tsv);
        return new PhraseMatcher(() -> tsv, vocabulary);
    }

    private static String folderFile(Path knowledgeBase) {
        try {
            return Files.readString(knowledgeBase.resolve(FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("The conversation vocabulary {} cannot be read: only a published one is used", knowledgeBase.resolve(FILE));
            return "";
        }
    }

    /** Whether the whole message is a phrase of {@code set}, with fillers around it. */
    public boolean says(Words set, String text) {
        return read(text, List.of(set.fileName()), MAX_WORDS).isPresent();
    }

    /** Whether a phrase of {@code set} appears anywhere in the message. */
    public boolean mentions(Words set, String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        return vocabulary().sets.getOrDefault(set.fileName(), List.of()).stream()
                .anyMatch(p -> folded.contains(" " + String.join(" ", p) + " "));
    }

    /**
     * Something built from the phrases of the vocabulary serving now ({@code build} is given each set's phrases,
     * folded), built again only when another version is served: e.g. the urgent detector's patterns. A set the
     * published table does not have yet (published before the set existed) comes from the folder's file.
     */
    public <T> Supplier<T> derived(Function<Function<String, List<String>>, T> build) {
        AtomicReference<Derived<T>> last = new AtomicReference<>();
        return () -> {
            Vocabulary vocabulary = vocabulary();
            Derived<T> seen = last.get();
            if (seen != null && seen.from() == vocabulary) {
                return seen.value();
            }
            Map<String, List<String>> phrases = new HashMap<>();
            for (Vocabulary source : List.of(fallback, vocabulary)) { // the published sets over the folder's
                source.sets.forEach((set, list) -> phrases.put(set, list.stream().map(phrase -> String.join(" ", phrase)).toList()));
            }
            T value = build.apply(set -> phrases.getOrDefault(set, List.of()));
            last.set(new Derived<>(vocabulary, value));
            return value;
        };
    }

    private record Derived<T>(Vocabulary from, T value) {
    }

    /**
     * The sets whose phrases make up the whole message, with fillers; empty when a word belongs to none, or the
     * message has no phrase at all or more than {@code maxWords} words.
     */
    Optional<Set<String>> read(String text, List<String> names, int maxWords) {
        Vocabulary vocabulary = vocabulary();
        List<String> tokens = words(text);
        if (tokens.isEmpty() || tokens.size() > maxWords) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        int at = 0;
        while (at < tokens.size()) {
            int consumed = vocabulary.consume(tokens, at, names, found);
            if (consumed == 0 && !vocabulary.fillers.contains(tokens.get(at))) {
                return Optional.empty();
            }
            at += Math.max(consumed, 1);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /** The published vocabulary, parsed once per version served; a table that cannot be read keeps the last good one. */
    private Vocabulary vocabulary() {
        String text = published.get();
        Vocabulary seen = current;
        if (text == seen.text || text.equals(seen.text)) { // the fields, not the accessors: every message passes here
            return seen;
        }
        if (text.isBlank()) {
            return fallback;
        }
        try {
            Vocabulary next = Vocabulary.parse(text);
            current = next;
            return next;
        } catch (IllegalArgumentException unreadable) {
            log.warn("The published conversation vocabulary cannot be read, the previous one stays: {}", unreadable.getMessage());
            current = new Vocabulary(text, seen.sets(), seen.fillers());
            return current;
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(TextFolding.fold(text).split(" ")));
        words.removeIf(String::isEmpty);
        return words;
    }

    /** One version of the vocabulary: its text, the phrases of each set (longest first) and the fillers. */
    private record Vocabulary(String text, Map<String, List<List<String>>> sets, Set<String> fillers) {

        static Vocabulary parse(String tsv) {
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
            Set<String> fillers = new HashSet<>();
            sets.getOrDefault(Words.FILLER.fileName(), List.of()).forEach(filler -> fillers.add(String.join(" ", filler)));
            return new Vocabulary(tsv, sets, fillers);
        }

        /** The longest phrase of any of {@code names} at {@code at}; its length, 0 when none. */
        int consume(List<String> tokens, int at, List<String> names, Set<String> found) {
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
    }
}
