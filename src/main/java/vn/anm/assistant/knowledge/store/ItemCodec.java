package vn.anm.assistant.knowledge.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeStore.ItemKind;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Topic;

/** Items as JSON documents, and the SHA-256 that names a document in kb_blob. */
final class ItemCodec {

    static final String CONTACTS_KEY = "contacts";
    static final String LEXICON_KEY = "lexicon";

    private final JsonMapper json = JsonMapper.builder().build();

    String encode(Object item) {
        return json.writeValueAsString(item);
    }

    Topic topic(String document) {
        return json.readValue(document, Topic.class);
    }

    List<Contact> contacts(String document) {
        return json.readValue(document, new TypeReference<List<Contact>>() { });
    }

    LexiconTables lexicon(String document) {
        return json.readValue(document, LexiconTables.class);
    }

    static String hash(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key an item is stored under: the entry's id, or the one contacts / lexicon item. */
    record Item(ItemKind kind, String key, String document) {

        String hash() {
            return ItemCodec.hash(document);
        }

        String id() {
            return kind + "/" + key;
        }
    }
}
