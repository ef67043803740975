package vn.anm.assistant.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.database.DatabaseContract;
import vn.anm.assistant.report.outbox.OutboxForwarder;
import vn.anm.assistant.report.store.RetentionPurge;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * The report repository's behaviour, run once on H2 and once on the real PostgreSQL (the two
 * subclasses). The scheduled jobs are held back; the tests run the forwarder and the purge by hand.
 */
@Import(ReportStoreContract.SubmittedEvents.class)
abstract class ReportStoreContract extends DatabaseContract {

    /** Collects {@link ReportSubmitted} events, whichever thread publishes them. */
    static class SubmittedEvents {

        final Queue<ReportSubmitted> received = new ConcurrentLinkedQueue<>();

        @EventListener
        void on(ReportSubmitted event) {
            received.add(event);
        }
    }

    static final WireMockServer receiver = new WireMockServer(options().dynamicPort());

    static {
        receiver.start();
    }

    @DynamicPropertySource
    static void receiver(DynamicPropertyRegistry registry) {
        registry.add("anm.report.webhook-url", () -> receiver.baseUrl() + "/reports");
        registry.add("anm.report.webhook-secret", () -> "contract-secret");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.resetAll();
    }

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportDesk desk;

    @Autowired
    OutboxForwarder forwarder;

    @Autowired
    RetentionPurge purge;

    @Autowired
    DatabaseClient db;

    @Autowired
    SubmittedEvents events;

    final Reporter lan = new Reporter("FACEBOOK", "psid-2518890001");
    final Reporter minh = new Reporter("ZALO", "zalo-7730012");

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("report_delivery_attempt", "report_delivery", "incident_report", "report_draft",
                "report_day_counter")) {
            db.sql("DELETE FROM " + table).then().block();
        }
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(202)));
        events.received.clear();
    }

    @Test
    void aDraftIsKeptBetweenTurnsAndReplacedByTheNextOne() {
        Instant consent = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        ReportDraft first = ReportDraft.start(lan, consent).change(a -> a.kind = IncidentKind.LOAN);
        intake.saveDraft(first).block();
        ReportDraft loaded = intake.loadDraft(lan).block();
        assertThat(loaded.answers()).isEqualTo(first.answers());
        assertThat(loaded.consentAt()).isEqualTo(consent);
        assertThat(loaded.updatedAt()).isAfter(consent); // stamped by the store when saved

        ReportDraft next = first.change(a -> a.occurredWhen = "hôm qua");
        intake.saveDraft(next).block();
        assertThat(intake.loadDraft(lan).block().answers()).isEqualTo(next.answers());
        assertThat(intake.loadDraft(minh).block()).isNull();

        intake.deleteDraft(lan).block();
        assertThat(intake.loadDraft(lan).block()).isNull();
    }

    @Test
    void submittingCommitsTheReportWithTodaysReferenceAndRemovesTheDraft() {
        ReportDraft draft = TestDrafts.complete(lan);
        intake.saveDraft(draft).block();

        SubmittedReport submitted = intake.submit(draft).block();

        String today = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(submitted.reference().value()).isEqualTo("LS-" + today + "-0001");
        assertThat(intake.loadDraft(lan).block()).isNull();
        ReportRecord record = desk.find(submitted.reference()).block();
        assertThat(record.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(record.content().answers().counterpart().phoneNumbers()).containsExactly(TestDrafts.SCAMMER_PHONE);
        assertThat(record.content().answers().moneyLost()).isEqualTo(draft.answers().moneyLost());
        // the outbox row was written in the same transaction, waiting for the forwarder
        assertThat(record.deliveries()).singleElement()
                .satisfies(delivery -> assertThat(delivery.destination()).isEqualTo("WEBHOOK"))
                .satisfies(delivery -> assertThat(delivery.delivered()).isFalse());
        assertThat(desk.inStatus(ReportStatus.RECEIVED, 10).collectList().block()).containsExactly(submitted.reference());
        assertThat(events.received).containsExactly(new ReportSubmitted(submitted.reference(), "FACEBOOK",
                IncidentKind.IMPERSONATION, submitted.submittedAt()));
    }

    @Test
    void aDraftThatSaysNothingAboutWhatHappenedIsRefusedAndNothingIsStored() {
        ReportDraft empty = ReportDraft.start(lan, Instant.now()).change(a -> a.callbackPhone = TestDrafts.CALLBACK_PHONE);

        assertThatThrownBy(() -> intake.submit(empty).block()).isInstanceOf(IncompleteReport.class);
        assertThat(count("incident_report")).isZero();
        assertThat(count("report_delivery")).isZero();
        assertThat(events.received).isEmpty();
    }

    @Test
    void personalDataIsUnreadableInTheRawTables() {
        ReportDraft draft = TestDrafts.complete(lan);
        intake.saveDraft(draft).block();
        intake.submit(draft.change(a -> a.notes = "lần hai")).block();
        intake.saveDraft(TestDrafts.complete(lan)).block();

        List<String> raw = db.sql("SELECT reporter_ref, content_enc FROM report_draft")
                .map(row -> row.get("reporter_ref", String.class) + " " + row.get("content_enc", String.class))
                .all()
                .concatWith(db.sql("SELECT reporter_ref, channel, incident_kind, content_enc FROM incident_report")
                        .map(row -> row.get("reporter_ref", String.class) + " " + row.get("channel", String.class) + " "
                                + row.get("incident_kind", String.class) + " " + row.get("content_enc", String.class))
                        .all())
                .collectList().block();

        assertThat(raw).hasSize(2).allSatisfy(row -> assertThat(row)
                .contains(" v1:")
                .doesNotContain(lan.userId(), TestDrafts.SCAMMER_PHONE, TestDrafts.CALLBACK_PHONE, "190312345678",
                        "Hàm Rồng", "công an", "dichvucong"));
        assertThat(desk.find(intake.submit(TestDrafts.complete(minh)).block().reference()).block().content().answers().commune())
                .isEqualTo("Phường Hàm Rồng");
    }

    @Test
    void concurrentSubmissionsGetDistinctConsecutiveReferenceCodes() {
        int reports = 40;
        List<String> codes = Flux.range(0, reports)
                .flatMap(i -> intake.submit(TestDrafts.complete(new Reporter("WEB", "web-" + i)))
                        .subscribeOn(Schedulers.parallel()), reports)
                .map(submitted -> submitted.reference().value())
                .collectList()
                .block(Duration.ofMinutes(1));

        Set<Integer> numbers = codes.stream().map(code -> Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, reports).boxed().toList());
        assertThat(count("incident_report")).isEqualTo(reports);
        assertThat(count("report_delivery")).isEqualTo(reports);
    }

    @Test
    void closedReportsArePurgedAfterTheRetentionPeriodAndOpenOnesAreKept() {
        ReportReference open = intake.submit(TestDrafts.complete(lan)).block().reference();
        ReportReference closed = intake.submit(TestDrafts.complete(minh)).block().reference();
        assertThat(desk.close(closed).block()).isEqualTo(ReportStatus.CLOSED);
        intake.saveDraft(ReportDraft.start(new Reporter("WEB", "abandoned"), Instant.now())).block();

        assertThat(purge.purgeAsOf(Instant.now().plus(Duration.ofDays(6))).block())
                .isEqualTo(new RetentionPurge.Purged(0, 0));
        assertThat(purge.purgeAsOf(Instant.now().plus(Duration.ofDays(179))).block())
                .as("drafts untouched for a week go; the closed report is kept 180 days")
                .isEqualTo(new RetentionPurge.Purged(0, 1));
        assertThat(purge.purgeAsOf(Instant.now().plus(Duration.ofDays(181))).block())
                .isEqualTo(new RetentionPurge.Purged(1, 0));

        assertThat(desk.find(closed).block()).isNull();
        assertThat(desk.find(open).block()).isNotNull();
        assertThat(count("report_delivery")).isEqualTo(1);
    }

    @Test
    void deletingEverythingOfAPersonLeavesOthersUntouched() {
        intake.submit(TestDrafts.complete(lan)).block();
        intake.submit(TestDrafts.complete(lan)).block();
        intake.saveDraft(TestDrafts.complete(lan)).block();
        ReportReference minhs = intake.submit(TestDrafts.complete(minh)).block().reference();
        intake.saveDraft(TestDrafts.complete(minh)).block();

        assertThat(intake.deleteEverythingOf(lan).block()).isEqualTo(new PersonalDataDeleted(1, 2));

        assertThat(intake.loadDraft(lan).block()).isNull();
        assertThat(intake.loadDraft(minh).block()).isNotNull();
        assertThat(desk.find(minhs).block()).isNotNull();
        assertThat(count("incident_report")).isEqualTo(1);
        assertThat(count("report_delivery")).isEqualTo(1);
        assertThat(intake.deleteEverythingOf(lan).block()).isEqualTo(new PersonalDataDeleted(0, 0));
    }

    @Test
    void theForwarderRespectsAnotherInstancesLeaseAndTakesOverAnExpiredOne() {
        ReportReference held = intake.submit(TestDrafts.complete(lan)).block().reference();
        ReportReference abandoned = intake.submit(TestDrafts.complete(minh)).block().reference();
        leaseOf(held, "instance-b-alive", Instant.now().plus(Duration.ofMinutes(5)));
        leaseOf(abandoned, "instance-c-crashed", Instant.now().minus(Duration.ofSeconds(1)));

        forwarder.forwardDue().block();

        assertThat(desk.find(held).block().status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(desk.find(abandoned).block().status()).isEqualTo(ReportStatus.FORWARDED);
        receiver.verify(1, postRequestedFor(urlEqualTo("/reports")));
        assertThat(db.sql("SELECT outcome FROM report_delivery_attempt").map(row -> row.get("outcome", String.class))
                .all().collectList().block()).containsExactly("ACKNOWLEDGED");
    }

    @Test
    void aFailedDeliveryIsRecordedAndPostponedThenRetried() {
        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(503)));
        ReportReference reference = intake.submit(TestDrafts.complete(lan)).block().reference();

        forwarder.forwardDue().block();
        forwarder.forwardDue().block(); // not due yet: backoff

        receiver.verify(1, postRequestedFor(urlEqualTo("/reports")));
        Map<String, Object> row = db.sql("SELECT attempts, last_error, next_attempt_at FROM report_delivery")
                .fetch().one().block();
        assertThat(row).containsEntry("last_error", "HTTP 503");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);

        receiver.stubFor(post(urlEqualTo("/reports")).willReturn(aResponse().withStatus(200)));
        db.sql("UPDATE report_delivery SET next_attempt_at = :now").bind("now", SqlTimestamps.at(Instant.now())).then().block();
        forwarder.forwardDue().block();

        assertThat(desk.find(reference).block().deliveries()).singleElement()
                .satisfies(delivery -> assertThat(delivery.delivered()).isTrue())
                .satisfies(delivery -> assertThat(delivery.attempts()).isEqualTo(2));
        assertThat(db.sql("SELECT outcome FROM report_delivery_attempt ORDER BY attempt")
                .map(r -> r.get("outcome", String.class)).all().collectList().block())
                .containsExactly("FAILED", "ACKNOWLEDGED");
    }

    private void leaseOf(ReportReference reference, String owner, Instant until) {
        db.sql("""
                UPDATE report_delivery SET lease_owner = :owner, lease_until = :until
                WHERE report_id = (SELECT id FROM incident_report WHERE reference_code = :reference)
                """)
                .bind("owner", owner)
                .bind("until", SqlTimestamps.at(until))
                .bind("reference", reference.value())
                .then().block();
    }

    private long count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table)
                .map(row -> row.get("n", Long.class))
                .one()
                .blockOptional()
                .orElseThrow();
    }
}
