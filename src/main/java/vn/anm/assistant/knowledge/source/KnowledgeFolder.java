package vn.anm.assistant.knowledge.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;

/**
 * The folder format both ways: reading goes through the loader (so a folder the service would refuse
 * at start is refused here too) and keeps the folder's contact values; writing produces files the loader
 * reads back to the same content, in the layout and style the repository's files use.
 */
public final class KnowledgeFolder {

    private static final String CONTACTS_HEADER = """
            # Contact points shown in answers. An answer refers to a contact by key: {{contact:police-emergency}}.
            # A contact renders as its `text`, where {value} is replaced by `value`.
            # A contact whose value is empty is not shown: the whole line (or bullet) that refers to it is dropped.
            # Local numbers stay empty here; the deploying agency fills them in through configuration
            # (ANM_CONTACT_<KEY> in the environment, e.g. ANM_CONTACT_PROVINCE_CYBERCRIME), never by guessing.
            """;
    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^:#\\[\\]{},\"']*");
    private static final Pattern SPECIAL_PLAIN = Pattern.compile(
            "(?i)true|false|yes|no|on|off|null|~|y|n|[-+]?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan|[0-9]{4}-[0-9]{2}-[0-9]{2}.*");

    private KnowledgeFolder() {
    }

    public static KnowledgeContent read(Path folder) {
        KnowledgeSnapshot snapshot;
        try {
            snapshot = new KnowledgeBaseLoader(folder, Map.of()).load();
        } catch (KnowledgeBaseException e) {
            throw new ContentRejected(e.problems().stream().map(KnowledgeFolder::fileProblem).toList());
        }
        KnowledgeContent content = new KnowledgeContent(snapshot.topics(), List.copyOf(snapshot.contacts().values()),
                lexicon(folder));
        var problems = ContentRules.check(content);
        if (!problems.isEmpty()) {
            throw new ContentRejected(problems);
        }
        return content;
    }

    /** The raw lexicon tables of a folder; a missing table is empty. */
    public static LexiconTables lexicon(Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : LexiconTables.EMPTY.byFile().keySet()) {
            Path path = folder.resolve("lexicon").resolve(file);
            try {
                files.put(file, Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return LexiconTables.fromFiles(files);
    }

    private static ContentProblem fileProblem(String problem) {
        int colon = problem.indexOf(": ");
        String file = colon > 0 ? problem.substring(0, colon) : "";
        String message = colon > 0 ? problem.substring(colon + 2) : problem;
        return new ContentProblem(file, "", "Tệp " + file + " không hợp lệ: " + message);
    }

    public static void write(KnowledgeContent content, Path folder) {
        try {
            for (Topic topic : content.topics()) {
                Path file = folder.resolve("entries").resolve(topic.group()).resolve(topic.id() + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, entryText(topic), StandardCharsets.UTF_8);
            }
            Files.writeString(folder.resolve("contacts.yaml"), contactsText(content.contacts()), StandardCharsets.UTF_8);
            Path lexicon = folder.resolve("lexicon");
            Files.createDirectories(lexicon);
            for (var table : content.lexicon().byFile().entrySet()) {
                Files.writeString(lexicon.resolve(table.getKey()), table.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String entryText(Topic t) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("id: ").append(scalar(t.id())).append('\n');
        out.append("title: ").append(scalar(t.title())).append('\n');
        out.append("group: ").append(scalar(t.group())).append('\n');
        out.append("severity: ").append(t.severity() == null ? "" : t.severity().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        out.append("questions:\n");
        t.questions().forEach(q -> out.append("  - ").append(scalar(q)).append('\n'));
        out.append("keywords: ").append(flow(t.keywords())).append('\n');
        out.append("related: ").append(flow(t.related())).append('\n');
        out.append("sources:\n");
        for (Source s : t.sources()) {
            out.append("  - title: ").append(scalar(s.title())).append('\n');
            out.append("    ref: ").append(scalar(s.ref())).append('\n');
        }
        out.append("reviewed: ").append(t.reviewed()).append('\n');
        out.append("---\n").append(t.answer().strip()).append('\n');
        return out.toString();
    }

    public static String contactsText(List<Contact> contacts) {
        StringBuilder out = new StringBuilder(CONTACTS_HEADER).append("contacts:\n");
        for (Contact c : contacts) {
            out.append("  - key: ").append(scalar(c.key())).append('\n');
            out.append("    name: ").append(scalar(c.name())).append('\n');
            out.append("    value: ").append(quoted(c.value())).append('\n');
            out.append("    text: ").append(quoted(c.text())).append('\n');
            out.append("    source:\n");
            out.append("      title: ").append(scalar(c.source().title())).append('\n');
            out.append("      ref: ").append(scalar(c.source().ref())).append('\n');
        }
        return out.toString();
    }

    private static String flow(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.add(PLAIN.matcher(item).matches() && !SPECIAL_PLAIN.matcher(item).matches() && !item.endsWith(" ") ? item : quoted(item));
        }
        return "[" + String.join(", ", out) + "]";
    }

    /** A YAML scalar: plain when YAML reads it back as the same string, else double-quoted. */
    static String scalar(String value) {
        boolean plain = !value.isEmpty() && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":")
                && !value.endsWith(" ") && !value.contains("\n") && !value.contains("\t")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) < 0 && !SPECIAL_PLAIN.matcher(value).matches();
        return plain ? value : quoted(value);
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
