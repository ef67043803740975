package vn.anm.assistant.knowledge.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.TextFolding;
import vn.anm.assistant.knowledge.Topic;

/**
 * The knowledge base's rules for content edited in the console, said in Vietnamese: the loader's rules
 * (ids, groups, required fields, related ids, contacts, answer length, NFC) plus what a web form needs
 * (lengths of every field, no markup or script, no control characters). Limits are generous so any
 * folder the loader accepts also passes.
 */
public final class ContentRules {

    public static final int MAX_ID = 80;
    public static final int MAX_TITLE = 120;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_QUESTIONS = 300;
    public static final int MAX_KEYWORD = 100;
    public static final int MAX_KEYWORDS = 100;
    public static final int MAX_SOURCE_TITLE = 300;
    public static final int MAX_SOURCE_REF = 500;
    public static final int MAX_CONTACT_FIELD = 300;
    public static final int MAX_LEXICON = 200_000;

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*/?\\s*[a-z!][^>]*>|<\\s*script|javascript\\s*:|\\bon[a-z]+\\s*=\\s*[\"']");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]");

    private ContentRules() {
    }

    public static List<ContentProblem> check(KnowledgeContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Contact> contacts = checkContacts(content.contacts(), problems);
        Set<String> ids = new HashSet<>();
        Map<String, Long> idCounts = content.topics().stream().collect(Collectors.groupingBy(Topic::id, Collectors.counting()));
        for (Topic topic : content.topics()) {
            checkTopic(topic, contacts, problems);
            if (idCounts.getOrDefault(topic.id(), 0L) > 1 && ids.add(topic.id())) {
                problems.add(new ContentProblem(topic.id(), "id", "Đã có chủ đề khác mang mã “" + topic.id() + "”: mỗi mã chỉ dùng cho một chủ đề."));
            }
        }
        Set<String> known = idCounts.keySet();
        for (Topic topic : content.topics()) {
            for (String related : topic.related()) {
                if (related.equals(topic.id())) {
                    problems.add(new ContentProblem(topic.id(), "related", "Chủ đề không thể liên quan tới chính nó."));
                } else if (!known.contains(related)) {
                    problems.add(new ContentProblem(topic.id(), "related",
                            "Chủ đề liên quan “" + related + "” không có trong kho (sai mã, hoặc chủ đề đó đã bị gỡ)."));
                }
            }
        }
        content.lexicon().byFile().forEach((file, text) -> checkLexicon(file, text, problems));
        return problems;
    }

    private static void checkTopic(Topic t, Map<String, Contact> contacts, List<ContentProblem> problems) {
        String item = t.id().isBlank() ? "(mới)" : t.id();
        Rule rule = new Rule(item, problems);
        if (t.id().isBlank()) {
            rule.add("id", "Mã chủ đề (id) không được để trống.");
        } else if (t.id().length() > MAX_ID || !KEBAB.matcher(t.id()).matches()) {
            rule.add("id", "Mã chủ đề “" + t.id() + "” chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa "
                    + MAX_ID + " ký tự (ví dụ: lua-dao-qua-mang).");
        }
        rule.text("title", "Tiêu đề", t.title(), MAX_TITLE, true);
        if (!KnowledgeBaseLoader.GROUPS.contains(t.group())) {
            rule.add("group", "Nhóm “" + t.group() + "” không có; chọn một trong: " + String.join(", ", KnowledgeBaseLoader.GROUPS) + ".");
        }
        if (t.severity() == null) {
            rule.add("severity", "Chọn mức độ: thông tin, cảnh báo hoặc khẩn cấp.");
        }
        if (t.questions().isEmpty()) {
            rule.add("questions", "Cần ít nhất một câu hỏi mẫu: bot chỉ học từ các câu hỏi mẫu, tiêu đề và từ khóa.");
        } else if (t.questions().size() > MAX_QUESTIONS) {
            rule.add("questions", "Có " + t.questions().size() + " câu hỏi mẫu; tối đa " + MAX_QUESTIONS + ".");
        }
        for (int i = 0; i < t.questions().size(); i++) {
            rule.text("questions", "Câu hỏi mẫu số " + (i + 1), t.questions().get(i), MAX_QUESTION, true);
        }
        if (t.keywords().size() > MAX_KEYWORDS) {
            rule.add("keywords", "Có " + t.keywords().size() + " từ khóa; tối đa " + MAX_KEYWORDS + ".");
        }
        for (String keyword : t.keywords()) {
            rule.text("keywords", "Từ khóa “" + keyword + "”", keyword, MAX_KEYWORD, true);
        }
        if (t.sources().isEmpty()) {
            rule.add("sources", "Cần ít nhất một nguồn (văn bản luật hoặc hướng dẫn chính thức) mà câu trả lời dựa vào.");
        }
        for (int i = 0; i < t.sources().size(); i++) {
            Source source = t.sources().get(i);
            if (source.title().isBlank() || source.ref().isBlank()) {
                rule.add("sources", "Nguồn số " + (i + 1) + " cần cả tên và đường dẫn (hoặc số hiệu văn bản).");
            }
            rule.text("sources", "Tên nguồn số " + (i + 1), source.title(), MAX_SOURCE_TITLE, false);
            rule.text("sources", "Đường dẫn nguồn số " + (i + 1), source.ref(), MAX_SOURCE_REF, false);
        }
        if (t.reviewed() == null) {
            rule.add("reviewed", "Nhập ngày rà soát câu trả lời với nguồn (dạng 2026-11-29).");
        }
        if (t.answer().isBlank()) {
            rule.add("answer", "Câu trả lời không được để trống.");
        } else {
            rule.text("answer", "Câu trả lời", t.answer(), Integer.MAX_VALUE, true);
            for (String key : AnswerRenderer.referencedKeys(t.answer())) {
                if (!contacts.containsKey(key)) {
                    rule.add("answer", "Liên hệ {{contact:" + key + "}} không có trong danh bạ liên hệ.");
                }
            }
            int length = AnswerRenderer.render(t.answer(), contacts).length();
            if (length > KnowledgeBaseLoader.MAX_ANSWER_CHARS) {
                rule.add("answer", "Câu trả lời dài " + length + " ký tự sau khi điền liên hệ; tối đa "
                        + KnowledgeBaseLoader.MAX_ANSWER_CHARS + " để vừa một tin nhắn.");
            }
        }
    }

    private static Map<String, Contact> checkContacts(List<Contact> list, List<ContentProblem> problems) {
        Rule rule = new Rule(ContentProblem.CONTACTS, problems);
        Map<String, Contact> contacts = new HashMap<>();
        int index = 0;
        for (Contact contact : list) {
            index++;
            String label = contact.key().isBlank() ? "Liên hệ số " + index : "Liên hệ “" + contact.key() + "”";
            if (!KEBAB.matcher(contact.key()).matches()) {
                rule.add("key", label + ": mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.");
            } else if (contacts.putIfAbsent(contact.key(), contact) != null) {
                rule.add("key", label + " bị trùng mã.");
            }
            rule.text("name", label + " – tên", contact.name(), MAX_CONTACT_FIELD, true);
            rule.text("value", label + " – giá trị", contact.value(), MAX_CONTACT_FIELD, false);
            rule.text("text", label + " – câu hiển thị", contact.text(), MAX_CONTACT_FIELD, true);
            if (!contact.text().contains("{value}")) {
                rule.add("text", label + ": câu hiển thị phải chứa {value} (chỗ điền số điện thoại hoặc địa chỉ).");
            }
            if (contact.source().title().isBlank() || contact.source().ref().isBlank()) {
                rule.add("source", label + " cần nguồn có cả tên và đường dẫn.");
            }
            rule.text("source", label + " – tên nguồn", contact.source().title(), MAX_SOURCE_TITLE, false);
            rule.text("source", label + " – đường dẫn nguồn", contact.source().ref(), MAX_SOURCE_REF, false);
        }
        return contacts;
    }

    private static void checkLexicon(String file, String text, List<ContentProblem> problems) {
        Rule rule = new Rule(ContentProblem.lexicon(file), problems);
        if (text.length() > MAX_LEXICON) {
            rule.add("", "Bảng " + file + " dài quá (" + text.length() + " ký tự; tối đa " + MAX_LEXICON + ").");
            return;
        }
        rule.text("", "Bảng " + file, text, Integer.MAX_VALUE, false);
        if (file.equals("conversation.tsv")) {
            checkConversation(text, rule);
            return;
        }
        if (!file.equals("abbreviations.tsv")) {
            return;
        }
        List<String> lineProblems = new ArrayList<>();
        LexiconReader.abbreviations(file, text, lineProblems);
        for (String problem : lineProblems) {
            String line = problem.replaceAll("^[^:]+:(\\d+):.*$", "$1");
            rule.add("", problem.contains("must be one word")
                    ? "Dòng " + line + ": từ viết tắt phải là một từ (không có dấu cách)."
                    : "Dòng " + line + ": cần dạng 'từ viết tắt<TAB>nghĩa đầy đủ[<TAB>nghĩa khác|nghĩa khác<TAB>ghi chú]'.");
        }
    }

    /** The conversation's vocabulary: "group<TAB>phrase" lines (which groups exist is the conversation's to say). */
    private static void checkConversation(String text, Rule rule) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[0].strip().matches("[a-z][a-z-]*") || TextFolding.fold(cols[1]).isEmpty()) {
                rule.add("", "Dòng " + (i + 1) + ": cần dạng 'nhóm<TAB>cụm từ' (nhóm viết thường, ví dụ: consent<TAB>đồng ý).");
            }
        }
    }

    /** Problems of one item; text checks shared by every field. */
    private record Rule(String item, List<ContentProblem> problems) {

        void add(String field, String message) {
            problems.add(new ContentProblem(item, field, message));
        }

        void text(String field, String label, String value, int max, boolean required) {
            if (required && value.isBlank()) {
                add(field, label + " không được để trống.");
                return;
            }
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                add(field, label + " dài " + length + " ký tự; tối đa " + max + ".");
            }
            if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
                add(field, label + " chưa ở dạng Unicode dựng sẵn (NFC). Hãy gõ lại bằng bộ gõ thông thường, hoặc chuyển mã"
                        + " sang “Unicode dựng sẵn” (ví dụ bằng Unikey) rồi dán lại.");
            }
            if (MARKUP.matcher(value).find()) {
                add(field, label + " có thẻ HTML hoặc mã script. Zalo và Messenger chỉ hiện chữ thường: hãy bỏ các thẻ đó.");
            }
            if (CONTROL.matcher(value).find()) {
                add(field, label + " có ký tự điều khiển không nhìn thấy; hãy gõ lại đoạn đó.");
            }
        }
    }

    /** Problems of a content, grouped by item. */
    public static Map<String, List<ContentProblem>> byItem(List<ContentProblem> problems) {
        return problems.stream().collect(Collectors.groupingBy(ContentProblem::item, java.util.LinkedHashMap::new,
                Collectors.mapping(Function.identity(), Collectors.toList())));
    }
}
