package vn.anm.assistant.knowledge.live;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Topic;

/** Files as the source (development): the draft is what the folder holds now; every change is refused. */
final class FolderKnowledgeStore implements KnowledgeStore {

    private static final String FILES = "thư mục";

    private final LiveKnowledgeBase live;

    FolderKnowledgeStore(LiveKnowledgeBase live) {
        this.live = live;
    }

    @Override
    public boolean editable() {
        return false;
    }

    @Override
    public KnowledgeEdition live() {
        return live.current();
    }

    @Override
    public Mono<KnowledgeDraft> draft() {
        KnowledgeContent content = live.current().content();
        List<Drafted<Topic>> entries = content.topics().stream()
                .map(t -> new Drafted<>(t, 1, Instant.EPOCH, FILES, DraftState.UNCHANGED)).toList();
        return Mono.just(new KnowledgeDraft(entries, new Drafted<>(content.contacts(), 1, Instant.EPOCH, FILES, DraftState.UNCHANGED),
                new Drafted<>(content.lexicon(), 1, Instant.EPOCH, FILES, DraftState.UNCHANGED), List.of(), List.of(), "files", 0));
    }

    private static <T> Mono<T> refused() {
        return Mono.error(new EditRefused(EditRefused.Reason.READ_ONLY,
                "Kho kiến thức đang được đọc từ thư mục (ANM_KNOWLEDGE_SOURCE=files, chế độ phát triển): hãy sửa các tệp trong"
                        + " thư mục knowledge-base/. Bảng điều khiển chỉ sửa được khi cơ sở dữ liệu là nguồn."));
    }

    @Override
    public Mono<Drafted<Topic>> saveEntry(Topic topic, int expectedRevision, String author) {
        return refused();
    }

    @Override
    public Mono<Void> retireEntry(String id, int expectedRevision, String author) {
        return refused();
    }

    @Override
    public Mono<Drafted<List<Contact>>> saveContacts(List<Contact> contacts, int expectedRevision, String author) {
        return refused();
    }

    @Override
    public Mono<Drafted<LexiconTables>> saveLexicon(LexiconTables lexicon, int expectedRevision, String author) {
        return refused();
    }

    @Override
    public Mono<Void> revert(ItemKind kind, String key, String author) {
        return refused();
    }

    @Override
    public Mono<Void> replaceDraft(KnowledgeContent content, String author) {
        return refused();
    }

    @Override
    public Mono<VersionSummary> publish(String draftFingerprint, String author, String note, @Nullable String gate) {
        return refused();
    }

    @Override
    public Mono<VersionSummary> rollback(long number, String author, String note) {
        return refused();
    }

    @Override
    public Flux<VersionSummary> versions(int limit) {
        return Flux.empty();
    }

    @Override
    public Mono<VersionDetail> version(long number) {
        return refused();
    }
}
