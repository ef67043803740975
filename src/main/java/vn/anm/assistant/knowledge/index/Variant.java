package vn.anm.assistant.knowledge.index;

/**
 * One indexed phrasing of an entry (its title or an example question): its distinct folded syllables
 * as vocabulary ids, in the order they first occur, the diacritics each is written with in it (empty
 * where typed without; "tại" and "tài" both fold to "tai"), and their summed IDF.
 */
record Variant(String topicId, String text, int[] terms, String[][] marks, double weight) {
}
