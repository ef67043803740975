package vn.anm.assistant.knowledge;

/**
 * One rule a piece of content breaks, said in Vietnamese for the moderator who wrote it.
 *
 * @param item    the entry id, {@code contacts} or {@code lexicon/<file>}
 * @param field   the field, e.g. {@code title}, {@code questions}, {@code answer}; empty for the item as a whole
 * @param message what is wrong and how to fix it
 */
public record ContentProblem(String item, String field, String message) {

    public static final String CONTACTS = "contacts";

    public static String lexicon(String file) {
        return "lexicon/" + file;
    }
}
