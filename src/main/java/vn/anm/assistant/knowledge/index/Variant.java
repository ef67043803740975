package vn.anm.assistant.knowledge.index;

/**
 * One indexed phrasing of an entry (its title or an example question): its distinct folded syllables
 * as vocabulary ids, in the order they first occur, the diacritics each is written with as ids
 * ({@link Coverage#registerMarks}: 0 where written without, or written two ways), and their summed IDF.
 */
record Variant(String topicId, String text, int[] terms, int[] marks, double weight) {
}
