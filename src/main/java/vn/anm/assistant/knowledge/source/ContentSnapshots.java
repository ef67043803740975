package vn.anm.assistant.knowledge.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.analysis.Lexicon;

/** Turns checked content into the snapshot the index is built from, with the agency's contact values filled in. */
public final class ContentSnapshots {

    private ContentSnapshots() {
    }

    public static KnowledgeSnapshot snapshot(KnowledgeContent content, Map<String, String> contactOverrides) {
        var problems = ContentRules.check(content);
        if (!problems.isEmpty()) {
            throw new ContentRejected(problems);
        }
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (Contact c : content.contacts()) {
            contacts.put(c.key(), new Contact(c.key(), c.name(), contactOverrides.getOrDefault(c.key(), c.value()).strip(), c.text(), c.source()));
        }
        return new KnowledgeSnapshot(content.topics(), contacts, lexicon(content.lexicon()));
    }

    static Lexicon lexicon(LexiconTables tables) {
        List<String> ignored = new ArrayList<>();
        return new Lexicon(
                LexiconReader.abbreviations("lexicon/abbreviations.tsv", tables.abbreviations(), ignored),
                LexiconReader.synonymGroups(tables.synonyms()),
                LexiconReader.frames(tables.frames()),
                LexiconReader.frames(tables.neutral()));
    }
}
