package vn.anm.assistant.knowledge.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.EditRefused.Reason;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.live.KnowledgeEditions;
import vn.anm.assistant.knowledge.live.LiveKnowledgeBase;

/**
 * The knowledge base in the database. Every change of the draft is checked against the rules first and
 * made with optimistic locking; a publish builds the draft completely before it becomes a version, so a
 * version that is live always built once; the publishing instance serves it at once, others within a poll.
 */
public final class StoredKnowledge implements KnowledgeStore {

    private static final Logger log = LoggerFactory.getLogger(StoredKnowledge.class);
    static final String SYSTEM = "hệ thống";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final KnowledgeRows rows;
    private final StoredVersions versions;
    private final ItemCodec codec = new ItemCodec();
    private final KnowledgeEditions workbench;
    private final LiveKnowledgeBase live;
    private final TransactionalOperator transaction;
    private final Clock clock;

    StoredKnowledge(KnowledgeRows rows, StoredVersions versions, KnowledgeEditions workbench, LiveKnowledgeBase live,
            TransactionalOperator transaction, Clock clock) {
        this.rows = rows;
        this.versions = versions;
        this.workbench = workbench;
        this.live = live;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public boolean editable() {
        return true;
    }

    @Override
    public KnowledgeEdition live() {
        return live.current();
    }

    // ---- the draft

    /** The draft with the rows behind it. */
    private record View(long liveNumber, Map<String, StoredItem> draft, Map<String, StoredItem> live, KnowledgeDraft summary) {
    }

    private Mono<View> view() {
        return rows.liveNumber()
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("the knowledge base has no live version")))
                .flatMap(number -> Mono.zip(rows.draftItems().collectMap(StoredItem::id, Function.identity(), LinkedHashMap::new),
                        rows.versionItems(number).collectMap(StoredItem::id, Function.identity(), LinkedHashMap::new))
                        .map(t -> new View(number, t.getT1(), t.getT2(), compose(number, t.getT1(), t.getT2()))));
    }

    private KnowledgeDraft compose(long liveNumber, Map<String, StoredItem> draft, Map<String, StoredItem> liveItems) {
        List<Drafted<Topic>> entries = new ArrayList<>();
        Drafted<List<Contact>> contacts = null;
        Drafted<LexiconTables> lexicon = null;
        for (StoredItem item : draft.values()) {
            DraftState state = state(item, liveItems.get(item.id()));
            switch (item.kind()) {
                case ENTRY -> entries.add(new Drafted<>(codec.topic(item.document()), item.revision(), item.updatedAt(), item.updatedBy(), state));
                case CONTACTS -> contacts = new Drafted<>(codec.contacts(item.document()), item.revision(), item.updatedAt(), item.updatedBy(), state);
                case LEXICON -> lexicon = new Drafted<>(codec.lexicon(item.document()), item.revision(), item.updatedAt(), item.updatedBy(), state);
            }
        }
        entries.sort(Comparator.comparing(e -> e.value(), KnowledgeContent.ORDER));
        if (contacts == null) {
            contacts = new Drafted<>(List.of(), 0, Instant.EPOCH, SYSTEM, DraftState.NEW);
        }
        if (lexicon == null) {
            lexicon = new Drafted<>(LexiconTables.EMPTY, 0, Instant.EPOCH, SYSTEM, DraftState.NEW);
        }
        List<Topic> retired = liveItems.values().stream()
                .filter(i -> i.kind() == ItemKind.ENTRY && !draft.containsKey(i.id()))
                .map(i -> codec.topic(i.document()))
                .sorted(KnowledgeContent.ORDER)
                .toList();
        return new KnowledgeDraft(entries, contacts, lexicon, retired, changes(liveItems, draft), fingerprint(draft.values()), liveNumber);
    }

    private static DraftState state(StoredItem item, @Nullable StoredItem live) {
        return live == null ? DraftState.NEW : live.hash().equals(item.hash()) ? DraftState.UNCHANGED : DraftState.CHANGED;
    }

    static String fingerprint(Iterable<StoredItem> items) {
        Set<String> lines = new TreeSet<>();
        items.forEach(i -> lines.add(i.id() + "=" + i.hash()));
        return ItemCodec.hash(String.join("\n", lines)).substring(0, 24);
    }

    private List<ItemChange> changes(Map<String, StoredItem> before, Map<String, StoredItem> after) {
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<ItemChange> changes = new ArrayList<>();
        for (String id : ids) {
            StoredItem b = before.get(id);
            StoredItem a = after.get(id);
            if (b != null && a != null && b.hash().equals(a.hash())) {
                continue;
            }
            StoredItem any = a != null ? a : b;
            Change change = b == null ? Change.ADDED : a == null ? Change.REMOVED : Change.CHANGED;
            changes.add(new ItemChange(change, any.kind(), any.key(), label(any), b == null ? null : readable(b), a == null ? null : readable(a)));
        }
        changes.sort(Comparator.comparing(ItemChange::kind).thenComparing(ItemChange::key));
        return changes;
    }

    private String label(StoredItem item) {
        return switch (item.kind()) {
            case ENTRY -> codec.topic(item.document()).title();
            case CONTACTS -> "Danh bạ liên hệ";
            case LEXICON -> "Từ điển (viết tắt, đồng nghĩa, câu đệm, từ trung tính)";
        };
    }

    private String readable(StoredItem item) {
        return switch (item.kind()) {
            case ENTRY -> workbench.entryText(codec.topic(item.document()));
            case CONTACTS -> workbench.contactsText(codec.contacts(item.document()));
            case LEXICON -> {
                StringBuilder out = new StringBuilder();
                codec.lexicon(item.document()).byFile().forEach((file, text) ->
                        out.append("### lexicon/").append(file).append('\n').append(text.endsWith("\n") || text.isEmpty() ? text : text + "\n"));
                yield out.toString();
            }
        };
    }

    @Override
    public Mono<KnowledgeDraft> draft() {
        return view().map(View::summary);
    }

    @Override
    public Mono<Drafted<Topic>> saveEntry(Topic topic, int expectedRevision, String author) {
        return view().flatMap(view -> {
            KnowledgeDraft draft = view.summary();
            Optional<Drafted<Topic>> existing = draft.entry(topic.id());
            if (expectedRevision == 0 && existing.isPresent()) {
                return Mono.error(new ContentRejected(List.of(new ContentProblem(topic.id(), "id",
                        "Đã có chủ đề mang mã “" + topic.id() + "”: hãy chọn mã khác, hoặc mở chủ đề đó để sửa."))));
            }
            if (expectedRevision > 0 && existing.isEmpty()) {
                return Mono.error(new EditRefused(Reason.CONFLICT,
                        "Chủ đề “" + topic.id() + "” không còn trong bản nháp (có người vừa gỡ nó). Nội dung bạn nhập vẫn ở trong ô, hãy sao lưu trước khi tải lại."));
            }
            List<Topic> topics = new ArrayList<>(draft.content().topics().stream().filter(t -> !t.id().equals(topic.id())).toList());
            topics.add(topic);
            refuseNewProblems(draft.content(), draft.content().withTopics(topics), topic.id().isBlank() ? "(mới)" : topic.id());
            ItemCodec.Item item = new ItemCodec.Item(ItemKind.ENTRY, topic.id(), codec.encode(topic));
            return write(item, expectedRevision, author, view).map(revision ->
                    new Drafted<>(topic, revision, clock.instant(), author, state(stored(item, revision, author), view.live().get(item.id()))));
        });
    }

    @Override
    public Mono<Void> retireEntry(String id, int expectedRevision, String author) {
        return view().flatMap(view -> {
            KnowledgeDraft draft = view.summary();
            if (draft.entry(id).isEmpty()) {
                return Mono.error(new EditRefused(Reason.NOT_FOUND, "Không có chủ đề “" + id + "” trong bản nháp."));
            }
            KnowledgeContent after = draft.content().withTopics(draft.content().topics().stream().filter(t -> !t.id().equals(id)).toList());
            refuseNewProblems(draft.content(), after, id);
            return rows.deleteDraft(ItemKind.ENTRY, id, expectedRevision)
                    .flatMap(deleted -> deleted == 0 ? conflict(ItemKind.ENTRY, id) : Mono.<Void>empty());
        });
    }

    @Override
    public Mono<Drafted<List<Contact>>> saveContacts(List<Contact> contacts, int expectedRevision, String author) {
        return view().flatMap(view -> {
            KnowledgeDraft draft = view.summary();
            refuseNewProblems(draft.content(), draft.content().withContacts(contacts), ContentProblem.CONTACTS);
            ItemCodec.Item item = new ItemCodec.Item(ItemKind.CONTACTS, ItemCodec.CONTACTS_KEY, codec.encode(contacts));
            return write(item, expectedRevision, author, view).map(revision ->
                    new Drafted<>(contacts, revision, clock.instant(), author, state(stored(item, revision, author), view.live().get(item.id()))));
        });
    }

    @Override
    public Mono<Drafted<LexiconTables>> saveLexicon(LexiconTables lexicon, int expectedRevision, String author) {
        return view().flatMap(view -> {
            KnowledgeDraft draft = view.summary();
            List<ContentProblem> problems = workbench.check(draft.content().withLexicon(lexicon)).stream()
                    .filter(p -> p.item().startsWith("lexicon/")).toList();
            if (!problems.isEmpty()) {
                return Mono.error(new ContentRejected(problems));
            }
            ItemCodec.Item item = new ItemCodec.Item(ItemKind.LEXICON, ItemCodec.LEXICON_KEY, codec.encode(lexicon));
            return write(item, expectedRevision, author, view).map(revision ->
                    new Drafted<>(lexicon, revision, clock.instant(), author, state(stored(item, revision, author), view.live().get(item.id()))));
        });
    }

    @Override
    public Mono<Void> revert(ItemKind kind, String key, String author) {
        return view().flatMap(view -> {
            String id = kind + "/" + key;
            StoredItem liveItem = view.live().get(id);
            StoredItem draftItem = view.draft().get(id);
            if (liveItem == null && draftItem == null) {
                return Mono.error(new EditRefused(Reason.NOT_FOUND, "Không có mục “" + key + "” để hoàn tác."));
            }
            Map<String, StoredItem> after = new LinkedHashMap<>(view.draft());
            if (liveItem == null) {
                after.remove(id);
            } else {
                after.put(id, liveItem);
            }
            refuseNewProblems(view.summary().content(), versions.content(after.values()), kind == ItemKind.ENTRY ? key : "");
            Instant now = clock.instant();
            Mono<?> change = liveItem == null ? rows.deleteDraft(kind, key, null)
                    : draftItem == null ? rows.insertDraft(kind, key, liveItem.hash(), 1, now, author)
                    : rows.updateDraft(kind, key, liveItem.hash(), draftItem.revision(), now, author)
                            .flatMap(n -> n == 0 ? conflict(kind, key) : Mono.just(n));
            return change.then();
        });
    }

    @Override
    public Mono<Void> replaceDraft(KnowledgeContent content, String author) {
        List<ContentProblem> problems = workbench.check(content);
        if (!problems.isEmpty()) {
            return Mono.error(new ContentRejected(problems));
        }
        List<ItemCodec.Item> items = versions.items(content);
        return view().flatMap(view -> {
            Instant now = clock.instant();
            Set<String> kept = items.stream().map(ItemCodec.Item::id).collect(Collectors.toSet());
            Mono<Void> removals = Flux.fromIterable(view.draft().values())
                    .filter(i -> !kept.contains(i.id()))
                    .concatMap(i -> rows.deleteDraft(i.kind(), i.key(), null))
                    .then();
            Mono<Void> writes = Flux.fromIterable(items)
                    .concatMap(i -> {
                        StoredItem current = view.draft().get(i.id());
                        if (current == null) {
                            return rows.insertDraft(i.kind(), i.key(), i.hash(), 1, now, author);
                        }
                        if (current.hash().equals(i.hash())) {
                            return Mono.empty();
                        }
                        return rows.updateDraft(i.kind(), i.key(), i.hash(), current.revision(), now, author).then();
                    })
                    .then();
            return rows.storeBlobs(items).then(removals).then(writes).as(transaction::transactional);
        });
    }

    // ---- versions

    @Override
    public Mono<VersionSummary> publish(String draftFingerprint, String author, String note, @Nullable String gate) {
        return view().flatMap(view -> {
            KnowledgeDraft draft = view.summary();
            if (!draft.fingerprint().equals(draftFingerprint)) {
                return Mono.error(new EditRefused(Reason.STALE_DRAFT,
                        "Bản nháp vừa thay đổi sau khi bạn kiểm tra (có người lưu thêm). Hãy kiểm tra lại rồi xuất bản."));
            }
            if (draft.changes().isEmpty()) {
                return Mono.error(new EditRefused(Reason.NOTHING_TO_PUBLISH, "Bản nháp giống hệt phiên bản đang chạy: không có gì để xuất bản."));
            }
            return Mono.fromCallable(() -> workbench.build(draft.content()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(edition -> commit(VersionKind.PUBLISH, view.liveNumber(), view.draft().values(), author, note, null, gate,
                            Mono.empty())
                            .doOnNext(summary -> live.serve(workbench.numbered(edition, summary.number()))));
        });
    }

    @Override
    public Mono<VersionSummary> rollback(long number, String author, String note) {
        return rows.versionItems(number).collectMap(StoredItem::id, Function.identity(), LinkedHashMap::new)
                .flatMap(restored -> restored.isEmpty()
                        ? Mono.error(new EditRefused(Reason.NOT_FOUND, "Không có phiên bản số " + number + "."))
                        : view().flatMap(view -> Mono.fromCallable(() -> workbench.build(versions.content(restored.values())))
                                .subscribeOn(Schedulers.boundedElastic())
                                .flatMap(edition -> commit(VersionKind.ROLLBACK, view.liveNumber(), restored.values(), author, note, number,
                                        null, followRollback(view, restored, author))
                                        .doOnNext(summary -> live.serve(workbench.numbered(edition, summary.number()))))));
    }

    /** Draft items nobody had changed since the live version follow the rollback; pending edits stay. */
    private Mono<Void> followRollback(View view, Map<String, StoredItem> restored, String author) {
        Set<String> ids = new TreeSet<>(view.draft().keySet());
        ids.addAll(view.live().keySet());
        ids.addAll(restored.keySet());
        Instant now = clock.instant();
        return Flux.fromIterable(ids).concatMap(id -> {
            StoredItem d = view.draft().get(id);
            StoredItem l = view.live().get(id);
            StoredItem r = restored.get(id);
            if (!Objects.equals(hash(d), hash(l)) || Objects.equals(hash(d), hash(r))) {
                return Mono.empty();
            }
            if (r == null) {
                return rows.deleteDraft(d.kind(), d.key(), null).then();
            }
            if (d == null) {
                return rows.insertDraft(r.kind(), r.key(), r.hash(), 1, now, author);
            }
            return rows.updateDraft(d.kind(), d.key(), r.hash(), d.revision(), now, author).then();
        }).then();
    }

    private static @Nullable String hash(@Nullable StoredItem item) {
        return item == null ? null : item.hash();
    }

    private Mono<VersionSummary> commit(VersionKind kind, long expectedLive, java.util.Collection<StoredItem> items, String author,
            String note, @Nullable Long restores, @Nullable String gate, Mono<Void> alsoInTransaction) {
        Instant now = clock.instant();
        return rows.nextVersionNumber()
                .flatMap(next -> {
                    VersionSummary summary = new VersionSummary(next, now, author, kind, note, restores, gate);
                    return rows.insertVersion(summary)
                            .thenMany(Flux.fromIterable(items).concatMap(i -> rows.insertVersionItem(next, i.kind(), i.key(), i.hash())))
                            .then(alsoInTransaction)
                            .then(rows.moveLive(expectedLive, next, now))
                            .flatMap(moved -> moved == 0
                                    ? Mono.<VersionSummary>error(new EditRefused(Reason.STALE_DRAFT,
                                            "Có người vừa xuất bản một phiên bản khác. Hãy xem lại bản nháp rồi thử lại."))
                                    : Mono.just(summary));
                })
                .as(transaction::transactional)
                .onErrorMap(DuplicateKeyException.class, e -> new EditRefused(Reason.STALE_DRAFT,
                        "Có người vừa xuất bản một phiên bản khác. Hãy xem lại bản nháp rồi thử lại."))
                .doOnNext(s -> log.info("Knowledge base version {} ({}) by {}: {}", s.number(), s.kind(), s.author(), s.note()));
    }

    @Override
    public Flux<VersionSummary> versions(int limit) {
        return rows.versions(limit);
    }

    @Override
    public Mono<VersionDetail> version(long number) {
        return rows.version(number)
                .switchIfEmpty(Mono.error(() -> new EditRefused(Reason.NOT_FOUND, "Không có phiên bản số " + number + ".")))
                .flatMap(summary -> rows.previousNumber(number).flatMap(previous -> Mono.zip(
                        rows.versionItems(previous).collectMap(StoredItem::id, Function.identity(), LinkedHashMap::new),
                        rows.versionItems(number).collectMap(StoredItem::id, Function.identity(), LinkedHashMap::new),
                        rows.liveNumber().defaultIfEmpty(0L))
                        .map(t -> new VersionDetail(summary, changes(t.getT1(), t.getT2()), t.getT3() == number))));
    }

    // ---- writing one draft item

    private Mono<Integer> write(ItemCodec.Item item, int expectedRevision, String author, View view) { // view: read before the write
        Instant now = clock.instant();
        Mono<Integer> change = expectedRevision == 0
                ? rows.insertDraft(item.kind(), item.key(), item.hash(), 1, now, author)
                        .thenReturn(1)
                        .onErrorResume(DuplicateKeyException.class, e -> conflict(item.kind(), item.key()))
                : rows.updateDraft(item.kind(), item.key(), item.hash(), expectedRevision, now, author)
                        .flatMap(updated -> updated == 0 ? conflict(item.kind(), item.key()) : Mono.just(expectedRevision + 1));
        return rows.storeBlobs(List.of(item)).then(change);
    }

    private StoredItem stored(ItemCodec.Item item, int revision, String author) {
        return new StoredItem(item.kind(), item.key(), item.hash(), item.document(), revision, clock.instant(), author);
    }

    private <T> Mono<T> conflict(ItemKind kind, String key) {
        return rows.draftItem(kind, key)
                .map(current -> new EditRefused(Reason.CONFLICT, "Mục này vừa được " + current.updatedBy() + " lưu lúc "
                        + TIME.format(current.updatedAt()) + ", sau khi bạn mở nó. Thay đổi của bạn chưa được lưu và vẫn còn trong ô;"
                        + " hãy mở lại mục này trong thẻ khác để xem bản mới, rồi chép phần của bạn vào."))
                .defaultIfEmpty(new EditRefused(Reason.CONFLICT, "Mục này vừa bị người khác gỡ hoặc tạo lại. Thay đổi của bạn chưa được lưu."))
                .flatMap(Mono::error);
    }

    /** Refuses a change that adds a problem anywhere, or leaves one on the item being changed. */
    private void refuseNewProblems(KnowledgeContent before, KnowledgeContent after, String item) {
        Set<ContentProblem> old = new HashSet<>(workbench.check(before));
        List<ContentProblem> problems = workbench.check(after).stream()
                .filter(p -> p.item().equals(item) || !old.contains(p))
                .toList();
        if (!problems.isEmpty()) {
            throw new ContentRejected(problems);
        }
    }
}
