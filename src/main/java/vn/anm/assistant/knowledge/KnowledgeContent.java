package vn.anm.assistant.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/**
 * The editable content of a knowledge base, as moderators keep it: the entries, the contacts with the
 * values written in the knowledge base (before the agency's configured values replace them) and the
 * lexicon tables as their raw tab-separated text. The same content is a folder (knowledge-base/) or a
 * version in the database.
 */
public record KnowledgeContent(List<Topic> topics, List<Contact> contacts, LexiconTables lexicon) {

    /** The order a folder is read in: the menu's group order, then the id. */
    public static final Comparator<Topic> ORDER = Comparator
            .comparingInt((Topic t) -> groupIndex(t.group()))
            .thenComparing(Topic::id);

    public KnowledgeContent {
        topics = topics.stream().sorted(ORDER).toList();
        contacts = List.copyOf(contacts);
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public KnowledgeContent withTopics(List<Topic> replaced) {
        return new KnowledgeContent(replaced, contacts, lexicon);
    }

    public KnowledgeContent withContacts(List<Contact> replaced) {
        return new KnowledgeContent(topics, replaced, lexicon);
    }

    public KnowledgeContent withLexicon(LexiconTables replaced) {
        return new KnowledgeContent(topics, contacts, replaced);
    }

    private static int groupIndex(String group) {
        int index = KnowledgeBaseLoader.GROUPS.indexOf(group);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
