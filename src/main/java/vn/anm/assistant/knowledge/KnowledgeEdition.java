package vn.anm.assistant.knowledge;

/**
 * One built version of the knowledge base, validated and indexed: the live one, a published one, or a
 * draft being tried. Immutable; matching and reading are safe from any thread.
 */
public interface KnowledgeEdition extends KnowledgeBase, AnswerMatcher {

    /** The published version number; 0 for a draft or a knowledge base read from files. */
    long version();

    KnowledgeContent content();

    @Override
    default LexiconTables lexicon() {
        return content().lexicon();
    }

    /**
     * The syllables of a message as the matcher weighs them (cleaned, teencode expanded, polite frames and
     * neutral place/time words dropped, folded without diacritics): for grouping similar messages.
     */
    java.util.List<String> terms(String message);
}
