package vn.anm.assistant.knowledge.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.Source;

/**
 * Reads contacts.yaml. A value configured by the deploying agency (environment ANM_CONTACT_KEY, e.g.
 * ANM_CONTACT_PROVINCE_CYBERCRIME) replaces the file's value, so local numbers never live in the repo.
 */
final class ContactsReader {

    private ContactsReader() {
    }

    static Map<String, Contact> read(String file, String yaml, Map<String, String> overrides, List<String> problems) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        Object root;
        try {
            root = YamlDocuments.parse(yaml);
        } catch (RuntimeException e) {
            problems.add(file + ": not valid YAML (" + firstLine(e.getMessage()) + ")");
            return contacts;
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("contacts") instanceof List<?> list)) {
            problems.add(file + ": expected a top-level 'contacts:' list");
            return contacts;
        }
        int index = 0;
        for (Object item : list) {
            index++;
            if (!(item instanceof Map<?, ?> c)) {
                problems.add(file + ": contact #" + index + " is not a mapping");
                continue;
            }
            String key = YamlDocuments.string(c, "key");
            String name = YamlDocuments.string(c, "name");
            String value = YamlDocuments.string(c, "value");
            String text = YamlDocuments.string(c, "text");
            if (key == null || key.isEmpty() || name == null || text == null || value == null) {
                problems.add(file + ": contact #" + index + " needs key, name, value and text");
                continue;
            }
            if (!text.contains("{value}")) {
                problems.add(file + ": contact '" + key + "' text must contain {value}");
            }
            Source source = c.get("source") instanceof Map<?, ?> s
                    ? new Source(orEmpty(YamlDocuments.string(s, "title")), orEmpty(YamlDocuments.string(s, "ref")))
                    : new Source("", "");
            if (source.title().isEmpty() || source.ref().isEmpty()) {
                problems.add(file + ": contact '" + key + "' needs a source with title and ref");
            }
            if (contacts.containsKey(key)) {
                problems.add(file + ": duplicate contact key '" + key + "'");
            }
            String configured = overrides.getOrDefault(key, value).strip();
            contacts.put(key, new Contact(key, name, configured, text, source));
        }
        return contacts;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
