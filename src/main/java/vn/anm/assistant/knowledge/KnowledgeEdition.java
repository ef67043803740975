package vn.anm.assistant.knowledge;

/**
 * One built version of the knowledge base, validated and indexed: the live one, a published one, or a
 * draft being tried. Immutable; matching and reading are safe from any thread.
 */
public interface KnowledgeEdition extends KnowledgeBase, AnswerMatcher {

    /** The published version number; 0 for a draft or a knowledge base read from files. */
    long version();

    KnowledgeContent content();
}
