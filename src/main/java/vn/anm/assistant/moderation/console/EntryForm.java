package vn.anm.assistant.moderation.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.util.MultiValueMap;

import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.Severity;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;

/**
 * An entry as the edit form holds it: plain text fields, one question, keyword or related id a line,
 * one source a line as "tên | đường dẫn". Kept as typed so a refused save shows exactly what was written.
 */
public record EntryForm(String id, String title, String group, String severity, String questions, String keywords, String related,
        String sources, String reviewed, String answer, int revision) {

    static final String SOURCE_SEPARATOR = " | ";

    public static EntryForm from(MultiValueMap<String, String> form) {
        List<String> related = form.getOrDefault("related", List.of());
        return new EntryForm(value(form, "id").strip(), value(form, "title"), value(form, "group"), value(form, "severity"),
                value(form, "questions"), value(form, "keywords"), String.join("\n", related), value(form, "sources"),
                value(form, "reviewed").strip(), value(form, "answer"), revision(value(form, "revision")));
    }

    public static EntryForm of(Topic t, int revision) {
        return new EntryForm(t.id(), t.title(), t.group(), t.severity().name().toLowerCase(Locale.ROOT), String.join("\n", t.questions()),
                String.join("\n", t.keywords()), String.join("\n", t.related()),
                String.join("\n", t.sources().stream().map(s -> s.title() + SOURCE_SEPARATOR + s.ref()).toList()),
                t.reviewed() == null ? "" : t.reviewed().toString(), t.answer(), revision);
    }

    public static EntryForm blank(String group, String question, LocalDate today) {
        return new EntryForm("", "", group, "info", question, "", "", "", today.toString(), "", 0);
    }

    /** What stops the form from being read as an entry at all (the rules check the rest). */
    public List<ContentProblem> parseProblems() {
        String item = id.isBlank() ? "(mới)" : id;
        List<ContentProblem> problems = new ArrayList<>();
        if (parsedSeverity() == null) {
            problems.add(new ContentProblem(item, "severity", "Chọn mức độ: thông tin, cảnh báo hoặc khẩn cấp."));
        }
        if (reviewedDate() == null) {
            problems.add(new ContentProblem(item, "reviewed", "Nhập ngày rà soát câu trả lời với nguồn (dạng 2026-11-29)."));
        }
        int n = 0;
        for (String line : lines(sources)) {
            n++;
            if (!line.contains("|")) {
                problems.add(new ContentProblem(item, "sources", "Nguồn số " + n + " cần dạng “tên nguồn | đường dẫn”."));
            }
        }
        return problems;
    }

    public Topic topic() {
        List<Source> list = new ArrayList<>();
        for (String line : lines(sources)) {
            int bar = line.lastIndexOf('|');
            list.add(new Source(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return new Topic(id.strip(), title.strip(), group.strip(), parsedSeverity(), lines(questions), lines(keywords), lines(related), list,
                reviewedDate(), answer.replace("\r\n", "\n").strip());
    }

    public List<String> relatedIds() {
        return lines(related);
    }

    private Severity parsedSeverity() {
        try {
            return Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate reviewedDate() {
        try {
            return LocalDate.parse(reviewed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static int revision(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
