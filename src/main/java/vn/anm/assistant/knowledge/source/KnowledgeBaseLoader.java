package vn.anm.assistant.knowledge.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.Lexicon;

/**
 * Reads and validates the whole knowledge-base folder. Either everything is valid and a snapshot is
 * returned, or a {@link KnowledgeBaseException} lists every problem with its file: the service then
 * refuses to start, or keeps serving the previous version after a live edit.
 */
public final class KnowledgeBaseLoader {

    public static final int MAX_ANSWER_CHARS = 1800;
    /** The groups of the province's outline, in the order the menu shows them. */
    public static final List<String> GROUPS = List.of("thu-doan", "ky-nang", "phap-luat", "trinh-bao", "tinh-hinh", "phong-trao");

    private final Path root;
    private final Map<String, String> contactOverrides;

    public KnowledgeBaseLoader(Path root, Map<String, String> contactOverrides) {
        this.root = root;
        this.contactOverrides = Map.copyOf(contactOverrides);
    }

    public Path root() {
        return root;
    }

    public KnowledgeSnapshot load() {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(root.resolve("entries"))) {
            throw new KnowledgeBaseException(List.of(root.toAbsolutePath() + ": no 'entries' folder (set ANM_KB_DIR to the knowledge-base folder)"));
        }
        Map<String, Contact> contacts = Map.of();
        Path contactsFile = root.resolve("contacts.yaml");
        if (Files.exists(contactsFile)) {
            String text = readText(contactsFile, problems);
            if (text != null) {
                contacts = ContactsReader.read(name(contactsFile), text, contactOverrides, problems);
            }
        } else {
            problems.add(name(contactsFile) + ": missing");
        }
        Lexicon lexicon = readLexicon(problems);
        List<Topic> topics = readTopics(contacts, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new KnowledgeSnapshot(topics, contacts, lexicon);
    }

    private List<Topic> readTopics(Map<String, Contact> contacts, List<String> problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("entries"))) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            String text = readText(file, problems);
            if (text == null) {
                continue;
            }
            String fileName = file.getFileName().toString();
            String folder = file.getParent().getFileName().toString();
            String label = name(file);
            if (!GROUPS.contains(folder)) {
                problems.add(label + ": folder '" + folder + "' is not one of the groups " + GROUPS);
                continue;
            }
            Topic topic = TopicFileReader.read(label, fileName.substring(0, fileName.length() - 3), folder, text, problems);
            if (topic == null) {
                continue;
            }
            if (!ids.add(topic.id())) {
                problems.add(label + ": duplicate id '" + topic.id() + "'");
                continue;
            }
            for (String key : AnswerRenderer.referencedKeys(topic.answer())) {
                if (!contacts.containsKey(key)) {
                    problems.add(label + ": unknown contact '{{contact:" + key + "}}' (not in contacts.yaml)");
                }
            }
            int length = AnswerRenderer.render(topic.answer(), contacts).length();
            if (length > MAX_ANSWER_CHARS) {
                problems.add(label + ": answer is " + length + " characters with contacts filled in; at most " + MAX_ANSWER_CHARS + " fit one message");
            }
            topics.add(topic);
        }
        for (Topic topic : topics) {
            for (String related : topic.related()) {
                if (!ids.contains(related)) {
                    problems.add("entries/" + topic.group() + "/" + topic.id() + ".md: unknown related id '" + related + "'");
                }
            }
        }
        topics.sort(Comparator.comparingInt((Topic t) -> GROUPS.indexOf(t.group())));
        return topics;
    }

    private Lexicon readLexicon(List<String> problems) {
        Path dir = root.resolve("lexicon");
        String abbreviations = optional(dir.resolve("abbreviations.tsv"), problems);
        String synonyms = optional(dir.resolve("synonyms.tsv"), problems);
        String frames = optional(dir.resolve("frames.tsv"), problems);
        String neutral = optional(dir.resolve("neutral.tsv"), problems);
        return new Lexicon(
                LexiconReader.abbreviations("lexicon/abbreviations.tsv", abbreviations, problems),
                LexiconReader.synonymGroups(synonyms),
                LexiconReader.frames(frames),
                LexiconReader.frames(neutral));
    }

    private String optional(Path file, List<String> problems) {
        if (!Files.exists(file)) {
            return "";
        }
        String text = readText(file, problems);
        return text == null ? "" : text;
    }

    private String readText(Path file, List<String> problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                problems.add(name(file) + ": text is not NFC (re-save it as composed Unicode, e.g. with Unikey's 'Unicode dựng sẵn')");
                return null;
            }
            return text;
        } catch (CharacterCodingException e) {
            problems.add(name(file) + ": not valid UTF-8");
            return null;
        } catch (IOException e) {
            problems.add(name(file) + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
    }

    private String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
