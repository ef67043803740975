package vn.anm.assistant.knowledge;

import java.util.List;
import java.util.Optional;

/** The current, validated knowledge base. Reloads swap it atomically; readers never wait. */
public interface KnowledgeBase {

    List<Topic> topics();

    Optional<Topic> topic(String id);

    List<Contact> contacts();

    /** The answer as a citizen sees it: contacts filled in, lines about unconfigured contacts left out. */
    String answerText(Topic topic);

    /** Ids of the groups in the order the menu shows them. */
    List<String> groups();

    /** The lexicon tables of the edition serving now (the conversation reads its vocabulary there); none by default. */
    default LexiconTables lexicon() {
        return LexiconTables.EMPTY;
    }
}
