package vn.anm.assistant.scamcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.anm.assistant.report.LocalPostgres;
import vn.anm.assistant.report.TestDrafts;

/**
 * The lists, tallies and review queue on the real PostgreSQL at 127.0.0.1:5432 (schema scamcheck_tests): the seed
 * read once, a listed item found by the check, counts under keyed hashes, a report approved onto the blocklist,
 * the retention purge. (The console tests run the same SQL on H2.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = { "anm.knowledge.watch=false", "anm.scamcheck.refresh-every=1h" })
class ScamListsPostgresTests {

    @BeforeAll
    static void postgresIsThere() {
        LocalPostgres.requireOrSkip();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry, "scamcheck_tests");
        registry.add("anm.data-key", () -> TestDrafts.DATA_KEY);
    }

    @Autowired
    ScamLists lists;
    @Autowired
    ScamCheck check;
    @Autowired
    DatabaseClient db;

    @Test
    void theListsWorkOnPostgres() {
        assertThat(lists.items(ListKind.ALLOW).collectList().block()).extracting(ListedItem::value).contains("*.gov.vn", "congan.langson.gov.vn");
        String phone = "0933" + String.format("%06d", System.nanoTime() % 1_000_000);
        List<CheckedItem> items = check.recognise("số " + phone + " gọi tôi");
        assertThat(check.check(items, "WEB").block()).singleElement().isInstanceOf(Verdict.Unknown.class);
        check.report(ItemKind.PHONE, phone, "ZALO").block();
        check.report(ItemKind.PHONE, phone, "WEB").block();
        QueuedReport queued = lists.queue().filter(q -> q.value().equals(phone)).blockFirst();
        assertThat(queued.reports()).isEqualTo(2);
        assertThat(queued.checks()).isEqualTo(1);
        ListedItem listed = lists.approve(queued.id(), "Giả danh công an", "đã xác minh", "pg-test").block();
        assertThat(listed.list()).isEqualTo(ListKind.BLOCK);
        assertThat(listed.reports()).isEqualTo(2);
        Verdict now = check.check(items, "WEB").block().get(0);
        assertThat(now).isInstanceOf(Verdict.Reported.class);
        assertThat(((Verdict.Reported) now).trick()).isEqualTo("Giả danh công an");
        assertThat(lists.queue().filter(q -> q.value().equals(phone)).collectList().block()).isEmpty();
        assertThat(db.sql("SELECT COUNT(*) AS n FROM scam_review_queue WHERE value_enc IS NOT NULL AND status <> 'PENDING'")
                .map(r -> ((Number) r.get("n")).longValue()).one().block()).isZero();
        assertThat(lists.exportCsv(ListKind.BLOCK).block()).contains("PHONE," + phone + ",Giả danh công an");
        assertThat(lists.remove(listed.id()).block()).isNotNull();
        assertThat(check.check(items, "WEB").block().get(0)).isInstanceOf(Verdict.Unknown.class);
        assertThat(lists.importCsv(ListKind.BLOCK, "kind,value,label,source,reason\nURL,pg-" + phone + ".com,x,y,z\nURL,pg-" + phone + ".com,x,y,z\n", "pg-test").block())
                .isEqualTo(new ImportResult(1, 1, List.of()));
        // a foreign number survives export and import (the export guards a leading "+" against spreadsheet formulas)
        String foreign = "+8551" + String.format("%07d", System.nanoTime() % 10_000_000);
        lists.add(ListKind.BLOCK, new ListEntry(ItemKind.PHONE, foreign, "Gọi từ nước ngoài", "pg", "pg"), "pg-test").block();
        String exported = lists.exportCsv(ListKind.BLOCK).block();
        assertThat(exported).contains("\"'" + foreign + "\"");
        ListedItem foreignItem = lists.items(ListKind.BLOCK).filter(i -> i.value().equals(foreign)).blockFirst();
        lists.remove(foreignItem.id()).block();
        String line = exported.lines().filter(l -> l.contains(foreign)).findFirst().orElseThrow();
        assertThat(lists.importCsv(ListKind.BLOCK, "kind,value,label,source,reason\n" + line + "\n", "pg-test").block())
                .isEqualTo(new ImportResult(1, 0, List.of()));
        ((vn.anm.assistant.scamcheck.lists.StoredLists) lists).purge(Duration.ZERO).block();
        assertThat(db.sql("SELECT COUNT(*) AS n FROM scam_review_queue").map(r -> ((Number) r.get("n")).longValue()).one().block()).isZero();
    }
}
