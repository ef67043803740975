package vn.anm.assistant.knowledge.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeStore.ItemKind;
import vn.anm.assistant.knowledge.KnowledgeStore.VersionKind;
import vn.anm.assistant.knowledge.KnowledgeStore.VersionSummary;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.live.KnowledgeEditions;

/** Reads versions into content and editions, and seeds an empty database: what the start and the poll need. */
final class StoredVersions {

    private final KnowledgeRows rows;
    private final KnowledgeEditions workbench;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final ItemCodec codec = new ItemCodec();

    StoredVersions(KnowledgeRows rows, KnowledgeEditions workbench, TransactionalOperator transaction, Clock clock) {
        this.rows = rows;
        this.workbench = workbench;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<Long> liveNumber() {
        return rows.liveNumber();
    }

    /** Seeds an empty database with the folder's content as version 1; false when another instance already did. */
    Mono<Boolean> seed(KnowledgeContent content) {
        List<ItemCodec.Item> items = items(content);
        Instant now = clock.instant();
        VersionSummary first = new VersionSummary(1, now, StoredKnowledge.SYSTEM, VersionKind.SEED,
                "Nạp lần đầu từ thư mục knowledge-base/", null, null);
        return rows.storeBlobs(items)
                .then(rows.insertVersion(first))
                .thenMany(Flux.fromIterable(items).concatMap(i -> rows.insertVersionItem(1, i.kind(), i.key(), i.hash())
                        .then(rows.insertDraft(i.kind(), i.key(), i.hash(), 1, now, StoredKnowledge.SYSTEM))))
                .then(rows.insertLive(1, now))
                .thenReturn(true)
                .as(transaction::transactional)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    Mono<KnowledgeContent> content(long number) {
        return rows.versionItems(number).collectList().map(this::content);
    }

    /** Blocking (indexing): call it off the event loop. */
    KnowledgeEdition build(KnowledgeContent content, long number) {
        return workbench.numbered(workbench.build(content), number);
    }

    Flux<VersionSummary> olderVersions(long below, int limit) {
        return rows.versions(Integer.MAX_VALUE).filter(v -> v.number() < below).take(limit);
    }

    KnowledgeContent content(Collection<StoredItem> items) {
        List<Topic> topics = new ArrayList<>();
        List<Contact> contacts = List.of();
        LexiconTables lexicon = LexiconTables.EMPTY;
        for (StoredItem item : items) {
            switch (item.kind()) {
                case ENTRY -> topics.add(codec.topic(item.document()));
                case CONTACTS -> contacts = codec.contacts(item.document());
                case LEXICON -> lexicon = codec.lexicon(item.document());
            }
        }
        return new KnowledgeContent(topics, contacts, lexicon);
    }

    List<ItemCodec.Item> items(KnowledgeContent content) {
        List<ItemCodec.Item> items = new ArrayList<>();
        content.topics().forEach(t -> items.add(new ItemCodec.Item(ItemKind.ENTRY, t.id(), codec.encode(t))));
        items.add(new ItemCodec.Item(ItemKind.CONTACTS, ItemCodec.CONTACTS_KEY, codec.encode(content.contacts())));
        items.add(new ItemCodec.Item(ItemKind.LEXICON, ItemCodec.LEXICON_KEY, codec.encode(content.lexicon())));
        return items;
    }
}
