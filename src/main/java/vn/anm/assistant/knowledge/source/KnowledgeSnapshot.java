package vn.anm.assistant.knowledge.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.analysis.Lexicon;

/** Everything read from knowledge-base/ in one validated, immutable piece. */
public record KnowledgeSnapshot(List<Topic> topics, Map<String, Contact> contacts, Lexicon lexicon) {

    public KnowledgeSnapshot {
        topics = List.copyOf(topics);
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts)); // keeps the file's order
    }
}
