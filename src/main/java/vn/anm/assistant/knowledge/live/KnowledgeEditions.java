package vn.anm.assistant.knowledge.live;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeWorkbench;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.source.ContentRules;
import vn.anm.assistant.knowledge.source.ContentSnapshots;
import vn.anm.assistant.knowledge.source.KnowledgeFolder;

/** Builds editions with the service's contact values and thresholds; reads and writes the folder format. */
public final class KnowledgeEditions implements KnowledgeWorkbench {

    private final Map<String, String> contactOverrides;
    private final MatchThresholds thresholds;

    public KnowledgeEditions(Map<String, String> contactOverrides, MatchThresholds thresholds) {
        this.contactOverrides = Map.copyOf(contactOverrides);
        this.thresholds = thresholds;
    }

    @Override
    public List<ContentProblem> check(KnowledgeContent content) {
        return ContentRules.check(content);
    }

    @Override
    public KnowledgeEdition build(KnowledgeContent content) {
        return LoadedKnowledge.of(0, content, ContentSnapshots.snapshot(content, contactOverrides), thresholds);
    }

    /** A built edition that carries a published version number. */
    public KnowledgeEdition numbered(KnowledgeEdition edition, long number) {
        return ((LoadedKnowledge) edition).numbered(number);
    }

    @Override
    public KnowledgeContent read(Path folder) {
        return KnowledgeFolder.read(folder);
    }

    @Override
    public void write(KnowledgeContent content, Path folder) {
        KnowledgeFolder.write(content, folder);
    }

    @Override
    public String entryText(Topic topic) {
        return KnowledgeFolder.entryText(topic);
    }

    @Override
    public String contactsText(List<Contact> contacts) {
        return KnowledgeFolder.contactsText(contacts);
    }

    /** The agency's configured value of a contact, when it replaces the knowledge base's. */
    public Map<String, String> contactOverrides() {
        return contactOverrides;
    }
}
