package vn.anm.assistant.knowledge.store;

import static vn.anm.assistant.storage.SqlTimestamps.at;
import static vn.anm.assistant.storage.SqlTimestamps.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.KnowledgeStore.ItemKind;
import vn.anm.assistant.knowledge.KnowledgeStore.VersionKind;
import vn.anm.assistant.knowledge.KnowledgeStore.VersionSummary;

/** The SQL of the knowledge tables (V40), portable between H2 and PostgreSQL. */
final class KnowledgeRows {

    private final DatabaseClient db;

    KnowledgeRows(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> liveNumber() {
        return db.sql("SELECT version FROM kb_live WHERE id = 1").map(row -> number(row, "version")).one();
    }

    Flux<StoredItem> draftItems() {
        return db.sql("""
                SELECT d.kind, d.item_key, d.blob_hash, d.revision, d.updated_at, d.updated_by, b.content
                FROM kb_draft_item d JOIN kb_blob b ON b.hash = d.blob_hash
                """)
                .map(row -> new StoredItem(ItemKind.valueOf(row.get("kind", String.class)), row.get("item_key", String.class),
                        row.get("blob_hash", String.class), row.get("content", String.class), number(row, "revision").intValue(),
                        instant(row, "updated_at"), row.get("updated_by", String.class)))
                .all();
    }

    Mono<StoredItem> draftItem(ItemKind kind, String key) {
        return draftItems().filter(i -> i.kind() == kind && i.key().equals(key)).next();
    }

    Flux<StoredItem> versionItems(long number) {
        return db.sql("""
                SELECT v.kind, v.item_key, v.blob_hash, b.content
                FROM kb_version_item v JOIN kb_blob b ON b.hash = v.blob_hash WHERE v.version = :n
                """)
                .bind("n", number)
                .map(row -> new StoredItem(ItemKind.valueOf(row.get("kind", String.class)), row.get("item_key", String.class),
                        row.get("blob_hash", String.class), row.get("content", String.class), 0, Instant.EPOCH, ""))
                .all();
    }

    /** Stores the documents not yet kept; a document is never changed once stored (its hash is its name). */
    Mono<Void> storeBlobs(Collection<ItemCodec.Item> items) {
        if (items.isEmpty()) {
            return Mono.empty();
        }
        Set<String> hashes = new HashSet<>();
        items.forEach(i -> hashes.add(i.hash()));
        return db.sql("SELECT hash FROM kb_blob WHERE hash IN (:hashes)")
                .bind("hashes", List.copyOf(hashes))
                .map(row -> row.get("hash", String.class))
                .all()
                .collect(java.util.stream.Collectors.toSet())
                .flatMapMany(stored -> {
                    Set<String> seen = new HashSet<>(stored);
                    return Flux.fromIterable(items).filter(i -> seen.add(i.hash()));
                })
                .concatMap(i -> db.sql("INSERT INTO kb_blob (hash, content) VALUES (:hash, :content)")
                        .bind("hash", i.hash()).bind("content", i.document()).then())
                .then();
    }

    Mono<Long> updateDraft(ItemKind kind, String key, String hash, int expectedRevision, Instant at, String author) {
        return db.sql("""
                UPDATE kb_draft_item SET blob_hash = :hash, revision = revision + 1, updated_at = :at, updated_by = :by
                WHERE kind = :kind AND item_key = :key AND revision = :revision
                """)
                .bind("hash", hash).bind("at", at(at)).bind("by", author).bind("kind", kind.name()).bind("key", key)
                .bind("revision", expectedRevision)
                .fetch().rowsUpdated();
    }

    Mono<Void> insertDraft(ItemKind kind, String key, String hash, int revision, Instant at, String author) {
        return db.sql("""
                INSERT INTO kb_draft_item (kind, item_key, blob_hash, revision, updated_at, updated_by)
                VALUES (:kind, :key, :hash, :revision, :at, :by)
                """)
                .bind("kind", kind.name()).bind("key", key).bind("hash", hash).bind("revision", revision)
                .bind("at", at(at)).bind("by", author)
                .then();
    }

    Mono<Long> deleteDraft(ItemKind kind, String key, @Nullable Integer expectedRevision) {
        var spec = db.sql("DELETE FROM kb_draft_item WHERE kind = :kind AND item_key = :key"
                + (expectedRevision == null ? "" : " AND revision = :revision"))
                .bind("kind", kind.name()).bind("key", key);
        if (expectedRevision != null) {
            spec = spec.bind("revision", expectedRevision);
        }
        return spec.fetch().rowsUpdated();
    }

    Mono<Long> nextVersionNumber() {
        return db.sql("SELECT COALESCE(MAX(number), 0) + 1 AS next FROM kb_version").map(row -> number(row, "next")).one();
    }

    Mono<Void> insertVersion(VersionSummary v) {
        var spec = db.sql("""
                INSERT INTO kb_version (number, created_at, author, kind, note, restores, gate)
                VALUES (:number, :at, :author, :kind, :note, :restores, :gate)
                """)
                .bind("number", v.number()).bind("at", at(v.at())).bind("author", v.author()).bind("kind", v.kind().name())
                .bind("note", v.note());
        spec = v.restores() == null ? spec.bindNull("restores", Long.class) : spec.bind("restores", v.restores());
        spec = v.gate() == null ? spec.bindNull("gate", String.class) : spec.bind("gate", v.gate());
        return spec.then();
    }

    Mono<Void> insertVersionItem(long number, ItemKind kind, String key, String hash) {
        return db.sql("INSERT INTO kb_version_item (version, kind, item_key, blob_hash) VALUES (:n, :kind, :key, :hash)")
                .bind("n", number).bind("kind", kind.name()).bind("key", key).bind("hash", hash)
                .then();
    }

    Mono<Long> moveLive(long expected, long next, Instant at) {
        return db.sql("UPDATE kb_live SET version = :next, changed_at = :at WHERE id = 1 AND version = :expected")
                .bind("next", next).bind("at", at(at)).bind("expected", expected)
                .fetch().rowsUpdated();
    }

    Mono<Void> insertLive(long number, Instant at) {
        return db.sql("INSERT INTO kb_live (id, version, changed_at) VALUES (1, :n, :at)")
                .bind("n", number).bind("at", at(at))
                .then();
    }

    Flux<VersionSummary> versions(int limit) {
        return db.sql("SELECT number, created_at, author, kind, note, restores, gate FROM kb_version ORDER BY number DESC LIMIT :limit")
                .bind("limit", limit)
                .map(KnowledgeRows::summary)
                .all();
    }

    Mono<VersionSummary> version(long number) {
        return db.sql("SELECT number, created_at, author, kind, note, restores, gate FROM kb_version WHERE number = :n")
                .bind("n", number)
                .map(KnowledgeRows::summary)
                .one();
    }

    Mono<Long> previousNumber(long number) {
        return db.sql("SELECT MAX(number) AS previous FROM kb_version WHERE number < :n")
                .bind("n", number)
                .map(row -> row.get("previous") instanceof Number n ? n.longValue() : 0L)
                .one();
    }

    private static VersionSummary summary(Readable row) {
        Object restores = row.get("restores");
        return new VersionSummary(number(row, "number"), instant(row, "created_at"), row.get("author", String.class),
                VersionKind.valueOf(row.get("kind", String.class)), row.get("note", String.class),
                restores instanceof Number n ? n.longValue() : null, row.get("gate", String.class));
    }

    private static Long number(Readable row, String column) {
        Object value = row.get(column);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("missing number " + column);
        }
        return n.longValue();
    }
}
