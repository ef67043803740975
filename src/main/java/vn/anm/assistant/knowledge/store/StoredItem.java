package vn.anm.assistant.knowledge.store;

import java.time.Instant;

import vn.anm.assistant.knowledge.KnowledgeStore.ItemKind;

/** A row of the draft or of a version, with its document. Version rows carry no revision (0) nor author. */
record StoredItem(ItemKind kind, String key, String hash, String document, int revision, Instant updatedAt, String updatedBy) {

    String id() {
        return kind + "/" + key;
    }
}
