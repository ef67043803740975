package vn.anm.assistant.knowledge.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.anm.assistant.knowledge.Contact;

/**
 * Fills {@code {{contact:key}}} references with the contact's text. A line that refers to a contact
 * without a value is left out: the reply never shows an empty number or a placeholder.
 */
public final class AnswerRenderer {

    static final Pattern CONTACT_REF = Pattern.compile("\\{\\{contact:([a-z0-9-]+)\\}\\}");

    private AnswerRenderer() {
    }

    public static String render(String answer, Map<String, Contact> contacts) {
        List<String> lines = new ArrayList<>();
        for (String line : answer.split("\n", -1)) {
            Matcher m = CONTACT_REF.matcher(line);
            StringBuilder out = new StringBuilder();
            boolean keep = true;
            while (m.find()) {
                Contact contact = contacts.get(m.group(1));
                if (contact == null || !contact.available()) {
                    keep = false;
                    break;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(contact.rendered()));
            }
            if (keep) {
                m.appendTail(out);
                lines.add(out.toString());
            }
        }
        return String.join("\n", lines).strip();
    }

    static List<String> referencedKeys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = CONTACT_REF.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
