package vn.anm.assistant.scamcheck.lists;

import static vn.anm.assistant.storage.SqlTimestamps.at;
import static vn.anm.assistant.storage.SqlTimestamps.instant;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.ImportResult;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ListEntry;
import vn.anm.assistant.scamcheck.ListKind;
import vn.anm.assistant.scamcheck.ListRefused;
import vn.anm.assistant.scamcheck.ListedItem;
import vn.anm.assistant.scamcheck.QueuedReport;
import vn.anm.assistant.scamcheck.ScamLists;
import vn.anm.assistant.scamcheck.recognition.ItemRecognizer;

/**
 * The lists, the tallies and the review queue in the database, and the in-memory copy of the lists the check reads
 * (refreshed after every change here and every few seconds for changes made on another instance).
 */
public final class StoredLists implements ScamLists {

    private static final Logger log = LoggerFactory.getLogger(StoredLists.class);
    private static final String PENDING = "PENDING";

    private final DatabaseClient db;
    private final DataProtection protection;
    private final ItemRecognizer recognizer;
    private final Clock clock;
    private final AtomicReference<ListSnapshot> snapshot = new AtomicReference<>(ListSnapshot.EMPTY);

    public StoredLists(DatabaseClient db, DataProtection protection, ItemRecognizer recognizer, Clock clock) {
        this.db = db;
        this.protection = protection;
        this.recognizer = recognizer;
        this.clock = clock;
    }

    public ListSnapshot snapshot() {
        return snapshot.get();
    }

    public Mono<ListSnapshot> reload() {
        return db.sql(ITEMS + " ORDER BY i.id").map(StoredLists::item).all().collectList()
                .map(ListSnapshot::new)
                .doOnNext(snapshot::set);
    }

    /** The keyed hash a checked item is counted under (HMAC with the data key: ANM_DATA_KEY in production). */
    public String hash(ItemKind kind, String value) {
        return protection.pseudonym("scamcheck|" + kind.name() + "|" + value);
    }

    // ---- tallies ---------------------------------------------------------------------------------------

    public Mono<Void> count(List<CheckedItem> items, long checks, long reports) {
        Instant now = clock.instant();
        return Flux.fromIterable(items).concatMap(item -> tally(hash(item.kind(), item.value()), item.kind(), checks, reports, now)).then();
    }

    private Mono<Void> tally(String hash, ItemKind kind, long checks, long reports, Instant now) {
        Mono<Long> update = db.sql("UPDATE scam_item_tally SET checks = checks + :c, reports = reports + :r, last_at = :at WHERE value_hash = :h")
                .bind("c", checks).bind("r", reports).bind("at", at(now)).bind("h", hash).fetch().rowsUpdated();
        return update.flatMap(n -> n > 0 ? Mono.<Void>empty()
                : db.sql("INSERT INTO scam_item_tally (value_hash, item_kind, checks, reports, first_at, last_at) VALUES (:h, :k, :c, :r, :at, :at)")
                        .bind("h", hash).bind("k", kind.name()).bind("c", checks).bind("r", reports).bind("at", at(now)).then()
                        .onErrorResume(DataIntegrityViolationException.class, raced -> update.then()));
    }

    // ---- lists -------------------------------------------------------------------------------------------

    private static final String ITEMS = """
            SELECT i.*, COALESCE(t.checks, 0) AS checks, COALESCE(t.reports, 0) AS reports
            FROM scam_list_item i LEFT JOIN scam_item_tally t ON t.value_hash = i.value_hash""";

    @Override
    public Flux<ListedItem> items(ListKind list) {
        return db.sql(ITEMS + " WHERE i.list_kind = :l ORDER BY i.added_at DESC, i.id DESC").bind("l", list.name()).map(StoredLists::item).all();
    }

    /** The value as lists keep it: a host or link without scheme, national phone digits, account digits. */
    public ListEntry normalised(ListEntry entry) {
        String written = entry.value().strip();
        if (written.isEmpty() || written.length() > 300) {
            throw new ListRefused("Giá trị trống hoặc dài quá 300 ký tự.");
        }
        String value = switch (entry.kind()) {
            case URL -> {
                if (written.startsWith("*.")) {
                    Optional<CheckedItem> suffix = ItemRecognizer.linkItem("x." + written.substring(2));
                    yield "*." + suffix.filter(i -> i.kind() == ItemKind.URL).map(i -> i.value().substring(2))
                            .orElseThrow(() -> new ListRefused("“" + written + "” không phải đuôi tên miền."));
                }
                yield ItemRecognizer.linkItem(written).filter(i -> i.kind() == ItemKind.URL).map(CheckedItem::value)
                        .orElseThrow(() -> new ListRefused("“" + written + "” không phải tên miền hay đường link (trang cá nhân Zalo/Facebook: chọn loại PROFILE)."));
            }
            case PROFILE -> ItemRecognizer.linkItem(written).filter(i -> i.kind() == ItemKind.PROFILE).map(CheckedItem::value)
                    .orElseThrow(() -> new ListRefused("“" + written + "” không phải link trang cá nhân Zalo hay Facebook."));
            case PHONE -> recognizer.phoneValue(written).orElseThrow(() -> new ListRefused("“" + written + "” không phải số điện thoại."));
            case ACCOUNT -> ItemRecognizer.accountValue(written).orElseThrow(() -> new ListRefused("Số tài khoản phải có 6–19 chữ số."));
        };
        String source = entry.source().strip();
        String reason = entry.reason().strip();
        if (source.isEmpty() || reason.isEmpty()) {
            throw new ListRefused("Cần ghi nguồn và lý do cho mỗi mục.");
        }
        String label = entry.label() == null || entry.label().isBlank() ? null : cut(entry.label().strip(), 200);
        return new ListEntry(entry.kind(), value, label, cut(source, 300), cut(reason, 500));
    }

    @Override
    public Mono<ListedItem> add(ListKind list, ListEntry entry, String actor) {
        return Mono.fromCallable(() -> normalised(entry)).flatMap(e -> insert(list, e, actor)).flatMap(item -> reload().thenReturn(item));
    }

    private Mono<ListedItem> insert(ListKind list, ListEntry e, String actor) {
        return db.sql("""
                INSERT INTO scam_list_item (list_kind, item_kind, item_value, value_hash, label, source, reason, added_by, added_at)
                VALUES (:l, :k, :v, :h, :label, :source, :reason, :by, :at)""")
                .bind("l", list.name()).bind("k", e.kind().name()).bind("v", e.value()).bind("h", hash(e.kind(), e.value()))
                .bind("label", e.label() == null ? "" : e.label()).bind("source", e.source()).bind("reason", e.reason())
                .bind("by", cut(actor, 64)).bind("at", at(clock.instant())).then()
                .onErrorMap(DataIntegrityViolationException.class, dup -> new ListRefused("“" + e.value() + "” đã có trong " + list.label().toLowerCase(Locale.ROOT) + "."))
                .then(db.sql(ITEMS + " WHERE i.list_kind = :l AND i.item_kind = :k AND i.item_value = :v")
                        .bind("l", list.name()).bind("k", e.kind().name()).bind("v", e.value()).map(StoredLists::item).one());
    }

    @Override
    public Mono<ListedItem> remove(long id) {
        return db.sql(ITEMS + " WHERE i.id = :id").bind("id", id).map(StoredLists::item).one()
                .flatMap(item -> db.sql("DELETE FROM scam_list_item WHERE id = :id").bind("id", id).then().then(reload()).thenReturn(item));
    }

    @Override
    public Mono<ImportResult> importCsv(ListKind list, String csv, String actor) {
        List<List<String>> rows = Csv.parse(csv);
        List<String> problems = new ArrayList<>();
        List<ListEntry> entries = new ArrayList<>();
        int line = 0;
        for (List<String> row : rows) {
            line++;
            if (line == 1 && !row.isEmpty() && row.get(0).strip().equalsIgnoreCase("kind")) {
                continue;
            }
            if (line > 5001) {
                problems.add("Chỉ nhập tối đa 5.000 dòng mỗi lần.");
                break;
            }
            try {
                if (row.size() < 5) {
                    throw new ListRefused("cần 5 cột: kind,value,label,source,reason");
                }
                ItemKind kind;
                try {
                    kind = ItemKind.valueOf(row.get(0).strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ListRefused("loại “" + row.get(0) + "” không có (URL, PROFILE, PHONE, ACCOUNT)");
                }
                entries.add(normalised(new ListEntry(kind, Csv.unguarded(row.get(1)), Csv.unguarded(row.get(2)), Csv.unguarded(row.get(3)),
                        Csv.unguarded(row.get(4)))));
            } catch (ListRefused e) {
                problems.add("Dòng " + line + ": " + e.getMessage());
            }
        }
        int[] counts = new int[2];
        return Flux.fromIterable(entries)
                .concatMap(e -> insert(list, e, actor).doOnNext(i -> counts[0]++).onErrorResume(ListRefused.class, dup -> {
                    counts[1]++;
                    return Mono.empty();
                }))
                .then(reload())
                .then(Mono.fromSupplier(() -> new ImportResult(counts[0], counts[1], problems)));
    }

    @Override
    public Mono<String> exportCsv(ListKind list) {
        return items(list).map(i -> String.join(",", Csv.field(i.kind().name()), Csv.field(i.value()), Csv.field(i.label() == null ? "" : i.label()),
                Csv.field(i.source()), Csv.field(i.reason())) + "\r\n")
                .reduce(new StringBuilder("kind,value,label,source,reason\r\n"), StringBuilder::append).map(StringBuilder::toString);
    }

    // ---- review queue --------------------------------------------------------------------------------------

    /** A citizen's report: the value sealed, the tally counted. A malformed value (a forged button) is dropped. */
    public Mono<Void> enqueue(ItemKind kind, String written, String channel) {
        Optional<String> value;
        try {
            value = Optional.of(normalised(new ListEntry(kind, written, null, "-", "-")).value());
        } catch (ListRefused e) {
            value = Optional.empty();
        }
        if (value.isEmpty()) {
            return Mono.empty();
        }
        String v = value.get();
        String hash = hash(kind, v);
        Instant now = clock.instant();
        return db.sql("SELECT COUNT(*) AS n FROM scam_review_queue WHERE value_hash = :h AND status = 'PENDING'").bind("h", hash)
                .map(r -> ((Number) r.get("n")).longValue()).one()
                .flatMap(pending -> pending >= 1000 ? Mono.empty() // enough to decide on; a flood adds nothing
                        : db.sql("""
                                INSERT INTO scam_review_queue (item_kind, value_hash, value_enc, channel, reported_at, status)
                                VALUES (:k, :h, :v, :c, :at, 'PENDING')""")
                                .bind("k", kind.name()).bind("h", hash).bind("v", protection.encrypt(v.getBytes(StandardCharsets.UTF_8), context(hash)))
                                .bind("c", cut(channel, 16)).bind("at", at(now)).then())
                .then(tally(hash, kind, 0, 1, now));
    }

    @Override
    public Flux<QueuedReport> queue() {
        return db.sql("""
                SELECT q.id, q.item_kind, q.value_hash, q.value_enc, q.channel, q.reported_at, COALESCE(t.checks, 0) AS checks
                FROM scam_review_queue q LEFT JOIN scam_item_tally t ON t.value_hash = q.value_hash
                WHERE q.status = 'PENDING' ORDER BY q.id LIMIT 2000""")
                .map(r -> new Object[] { r.get("id", Long.class), r.get("item_kind", String.class), r.get("value_hash", String.class),
                        r.get("value_enc", String.class), r.get("channel", String.class), instant(r, "reported_at"), ((Number) r.get("checks")).longValue() })
                .all().collectList()
                .flatMapMany(rows -> {
                    Map<String, List<Object[]>> groups = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        groups.computeIfAbsent((String) row[2], h -> new ArrayList<>()).add(row);
                    }
                    List<QueuedReport> out = new ArrayList<>();
                    groups.forEach((hash, group) -> {
                        Object[] first = group.get(0);
                        out.add(new QueuedReport((Long) first[0], ItemKind.valueOf((String) first[1]), open((String) first[3], hash),
                                (String) first[4], (Instant) first[5], group.size(), (Long) first[6]));
                    });
                    return Flux.fromIterable(out);
                });
    }

    private Mono<Object[]> pending(long id) {
        return db.sql("SELECT item_kind, value_hash, value_enc FROM scam_review_queue WHERE id = :id AND status = 'PENDING'").bind("id", id)
                .map(r -> new Object[] { r.get("item_kind", String.class), r.get("value_hash", String.class), r.get("value_enc", String.class) }).one();
    }

    @Override
    public Mono<ListedItem> approve(long reportId, String trick, String reason, String actor) {
        return pending(reportId).switchIfEmpty(Mono.error(new ListRefused("Báo cáo này đã được xử lý."))).flatMap(row -> {
            ItemKind kind = ItemKind.valueOf((String) row[0]);
            String hash = (String) row[1];
            String value = open((String) row[2], hash);
            String why = reason.isBlank() ? "Người dân báo, cán bộ đã xem xét" : reason;
            ListEntry entry = new ListEntry(kind, value, trick.isBlank() ? null : trick, "Người dân báo qua kênh trò chuyện; " + actor + " duyệt", why);
            return insert(ListKind.BLOCK, normalised(entry), actor)
                    .onErrorResume(ListRefused.class, already -> db.sql(ITEMS + " WHERE i.list_kind = 'BLOCK' AND i.value_hash = :h").bind("h", hash)
                            .map(StoredLists::item).one())
                    .flatMap(item -> decide(hash, "APPROVED", actor).then(reload()).thenReturn(item));
        });
    }

    @Override
    public Mono<QueuedReport> reject(long reportId, String actor) {
        return queue().filter(q -> q.id() == reportId).next()
                .flatMap(q -> decide(hash(q.kind(), q.value()), "REJECTED", actor).thenReturn(q));
    }

    private Mono<Void> decide(String hash, String status, String actor) {
        return db.sql("UPDATE scam_review_queue SET status = :s, value_enc = NULL, decided_by = :by, decided_at = :at WHERE value_hash = :h AND status = 'PENDING'")
                .bind("s", status).bind("by", cut(actor, 64)).bind("at", at(clock.instant())).bind("h", hash).then();
    }

    /** Review-queue retention: decided reports and reports never reviewed go after {@code retention}; so do tallies not seen since. */
    public Mono<Long> purge(Duration retention) {
        OffsetDateTime cut = at(clock.instant().minus(retention));
        return db.sql("DELETE FROM scam_review_queue WHERE (status <> 'PENDING' AND decided_at < :cut) OR reported_at < :cut").bind("cut", cut)
                .fetch().rowsUpdated()
                .flatMap(n -> db.sql("""
                        DELETE FROM scam_item_tally WHERE last_at < :cut
                        AND value_hash NOT IN (SELECT value_hash FROM scam_list_item)
                        AND value_hash NOT IN (SELECT value_hash FROM scam_review_queue)""").bind("cut", cut).fetch().rowsUpdated().map(m -> n + m));
    }

    // ---- seed ------------------------------------------------------------------------------------------------

    /** Reads the seed file into the allowlist once per database (a moderator's later removals stay removed). */
    public Mono<Integer> seedOnce(String name, List<ListEntry> entries) {
        return db.sql("SELECT COUNT(*) AS n FROM scam_list_seed WHERE name = :n").bind("n", name).map(r -> ((Number) r.get("n")).longValue()).one()
                .flatMap(seen -> seen > 0 ? Mono.just(0)
                        : db.sql("INSERT INTO scam_list_seed (name, seeded_at) VALUES (:n, :at)").bind("n", name).bind("at", at(clock.instant())).then()
                                .then(Flux.fromIterable(entries).concatMap(e -> insert(ListKind.ALLOW, normalised(e), "seed")
                                        .onErrorResume(ListRefused.class, dup -> Mono.empty())).count().map(Long::intValue))
                                .onErrorResume(DataIntegrityViolationException.class, otherInstance -> Mono.just(0)))
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Scam check allowlist seeded with {} entries from {}", n, name);
                    }
                });
    }

    // ---- rows ----------------------------------------------------------------------------------------------

    private String open(@Nullable String sealed, String hash) {
        return sealed == null ? "" : new String(protection.decrypt(sealed, context(hash)), StandardCharsets.UTF_8);
    }

    private static String context(String hash) {
        return "scam_review_queue.value_enc:" + hash;
    }

    private static ListedItem item(Readable r) {
        String label = r.get("label", String.class);
        return new ListedItem(((Number) r.get("id")).longValue(), ListKind.valueOf(r.get("list_kind", String.class)),
                ItemKind.valueOf(r.get("item_kind", String.class)), r.get("item_value", String.class), label == null || label.isEmpty() ? null : label,
                r.get("source", String.class), r.get("reason", String.class), r.get("added_by", String.class), instant(r, "added_at"),
                ((Number) r.get("checks")).longValue(), ((Number) r.get("reports")).longValue());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
