package vn.anm.assistant.knowledge.index;

import java.util.Set;

/** One indexed phrasing of an entry (its title or an example question), as folded syllables. */
record Variant(String topicId, String text, Set<String> foldedTerms) {
}
