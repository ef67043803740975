package vn.anm.assistant.knowledge.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.knowledge.Severity;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;

/** Parses one entry file: YAML front matter between two "---" lines, then the answer. */
final class TopicFileReader {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private TopicFileReader() {
    }

    /** @return the topic, or null when the file has problems (added to {@code problems}). */
    static @Nullable Topic read(String file, String fileId, String folder, String content, List<String> problems) {
        String text = content.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            problems.add(file + ": must start with a '---' line opening the front matter");
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(file + ": front matter is not closed by a '---' line");
            return null;
        }
        String yaml = text.substring(4, end);
        String answer = text.substring(end + 5).strip();
        Object root;
        try {
            root = YamlDocuments.parse(yaml);
        } catch (RuntimeException e) {
            problems.add(file + ": front matter is not valid YAML (" + ContactsReader.firstLine(e.getMessage()) + ")");
            return null;
        }
        if (!(root instanceof Map<?, ?> fm)) {
            problems.add(file + ": front matter must be a mapping of fields");
            return null;
        }
        int before = problems.size();
        String id = required(file, fm, "id", problems);
        String title = required(file, fm, "title", problems);
        String group = required(file, fm, "group", problems);
        String severityText = required(file, fm, "severity", problems);
        List<String> questions = list(file, fm, "questions", problems);
        List<String> keywords = list(file, fm, "keywords", problems);
        List<String> related = list(file, fm, "related", problems);
        List<Source> sources = sources(file, fm, problems);
        LocalDate reviewed = YamlDocuments.date(fm, "reviewed");
        if (fm.get("reviewed") == null) {
            problems.add(file + ": missing field 'reviewed'");
        } else if (reviewed == null) {
            problems.add(file + ": 'reviewed' must be a date like 2026-11-29");
        }
        if (id != null && !KEBAB.matcher(id).matches()) {
            problems.add(file + ": id '" + id + "' is not kebab-case");
        }
        if (id != null && !id.equals(fileId)) {
            problems.add(file + ": id '" + id + "' is not the file name '" + fileId + "'");
        }
        if (group != null && !group.equals(folder)) {
            problems.add(file + ": group '" + group + "' is not the folder '" + folder + "'");
        }
        Severity severity = null;
        if (severityText != null) {
            try {
                severity = Severity.valueOf(severityText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": severity '" + severityText + "' is not info, warning or urgent");
            }
        }
        if (questions != null && questions.isEmpty()) {
            problems.add(file + ": no questions: the matcher needs at least one example question");
        }
        if (sources != null && sources.isEmpty()) {
            problems.add(file + ": no sources: every answer rests on a law or official guidance");
        }
        if (answer.isEmpty()) {
            problems.add(file + ": the answer after the front matter is empty");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Topic(id, title, group, severity, questions, keywords, related, sources, reviewed, answer);
    }

    private static @Nullable String required(String file, Map<?, ?> fm, String field, List<String> problems) {
        String value = YamlDocuments.string(fm, field);
        if (value == null || value.isEmpty()) {
            problems.add(file + ": missing field '" + field + "'");
            return null;
        }
        return value;
    }

    private static @Nullable List<String> list(String file, Map<?, ?> fm, String field, List<String> problems) {
        if (!fm.containsKey(field)) {
            problems.add(file + ": missing field '" + field + "'");
            return null;
        }
        if (fm.get(field) == null) {
            return List.of();
        }
        List<String> values = YamlDocuments.strings(fm, field);
        if (values == null) {
            problems.add(file + ": '" + field + "' must be a list");
        }
        return values;
    }

    private static @Nullable List<Source> sources(String file, Map<?, ?> fm, List<String> problems) {
        if (!(fm.get("sources") instanceof List<?> items)) {
            problems.add(file + ": missing field 'sources' (a list of {title, ref})");
            return null;
        }
        List<Source> sources = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> s && YamlDocuments.string(s, "title") != null && YamlDocuments.string(s, "ref") != null) {
                sources.add(new Source(YamlDocuments.string(s, "title"), YamlDocuments.string(s, "ref")));
            } else {
                problems.add(file + ": each source needs a title and a ref");
                return null;
            }
        }
        return sources;
    }
}
