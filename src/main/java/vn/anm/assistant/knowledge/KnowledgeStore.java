package vn.anm.assistant.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The knowledge base as edited data: one shared draft that moderators change item by item (an entry,
 * the contacts, the lexicon), and numbered versions published from it. A publish or a rollback is a new
 * version, live on every instance within a second or two; the draft never serves citizens.
 * Refusals are {@link ContentRejected} (rules broken, nothing changed) or {@link EditRefused}.
 * With files as the source ({@link #editable()} false) the draft is the folder and every change is refused.
 */
public interface KnowledgeStore {

    boolean editable();

    /** The edition this instance serves now. */
    KnowledgeEdition live();

    Mono<KnowledgeDraft> draft();

    /** Creates ({@code expectedRevision} 0) or changes an entry of the draft. */
    Mono<Drafted<Topic>> saveEntry(Topic topic, int expectedRevision, String author);

    /** Takes an entry out of the draft; it stops serving at the next publish. */
    Mono<Void> retireEntry(String id, int expectedRevision, String author);

    Mono<Drafted<List<Contact>>> saveContacts(List<Contact> contacts, int expectedRevision, String author);

    Mono<Drafted<LexiconTables>> saveLexicon(LexiconTables lexicon, int expectedRevision, String author);

    /** Puts an item of the draft back as the live version has it (undoes a change, a creation or a retirement). */
    Mono<Void> revert(ItemKind kind, String key, String author);

    /** Replaces the whole draft (an import); refused unless the content breaks no rule. */
    Mono<Void> replaceDraft(KnowledgeContent content, String author);

    /**
     * Publishes the draft exactly as it was seen ({@code draftFingerprint}) as the next version, after it
     * built without error; {@code gate} is the accuracy check's summary kept with the version.
     */
    Mono<VersionSummary> publish(String draftFingerprint, String author, String note, @Nullable String gate);

    /** Serves the content of an earlier version again, as a new version; unchanged draft items follow it. */
    Mono<VersionSummary> rollback(long number, String author, String note);

    /** Newest first. */
    Flux<VersionSummary> versions(int limit);

    /** A version with its changes against the one before it. */
    Mono<VersionDetail> version(long number);

    /** What can be an item of the knowledge base. */
    enum ItemKind {
        ENTRY, CONTACTS, LEXICON
    }

    /** An item of the draft with its revision (for optimistic locking) and how it stands against the live version. */
    record Drafted<T>(T value, int revision, java.time.Instant updatedAt, String updatedBy, DraftState state) {
    }

    enum DraftState {
        UNCHANGED, CHANGED, NEW
    }

    /**
     * The whole draft: entries (retired ones are live but absent here), contacts, lexicon, the changes a
     * publish would make, and a fingerprint that changes whenever any item does.
     */
    record KnowledgeDraft(List<Drafted<Topic>> entries, Drafted<List<Contact>> contacts, Drafted<LexiconTables> lexicon,
            List<Topic> retired, List<ItemChange> changes, String fingerprint, long liveVersion) {

        public KnowledgeContent content() {
            return new KnowledgeContent(entries.stream().map(Drafted::value).toList(), contacts.value(), lexicon.value());
        }

        public java.util.Optional<Drafted<Topic>> entry(String id) {
            return entries.stream().filter(e -> e.value().id().equals(id)).findFirst();
        }
    }

    /** One item that differs between two versions (or the draft and the live version), as readable text. */
    record ItemChange(Change change, ItemKind kind, String key, String label, @Nullable String before, @Nullable String after) {
    }

    enum Change {
        ADDED, CHANGED, REMOVED
    }

    enum VersionKind {
        /** Read from the knowledge-base folder into an empty database. */
        SEED,
        PUBLISH,
        ROLLBACK
    }

    record VersionSummary(long number, java.time.Instant at, String author, VersionKind kind, String note,
            @Nullable Long restores, @Nullable String gate) {
    }

    record VersionDetail(VersionSummary summary, List<ItemChange> changes, boolean live) {
    }
}
