package vn.anm.assistant.conversation.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.TestClock;
import vn.anm.assistant.database.DatabaseContract;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.TopicFeedback;
import vn.anm.assistant.conversation.UnansweredQuestion;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.IntakeStep;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.conversation.state.ConversationStateStore;
import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.report.DataProtection;

/**
 * The conversation's records in the database, run once on H2 and once on the real PostgreSQL (the
 * subclasses). A "restart" or "another instance" is a new store over the same database; time moves by a
 * test clock. The scheduled jobs are held back.
 */
abstract class ConversationStorageContract extends DatabaseContract {

    @Autowired
    DatabaseClient db;

    @Autowired
    DataProtection protection;

    @Autowired
    ConversationStorageProperties properties;

    @Autowired
    TransactionalOperator transaction;

    final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    final ConversationState answered = ConversationState.start(clock.instant())
            .answered("ma-otp", List.of("khoa-sim", "gia-danh-ngan-hang"), clock.instant());

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("conversation_state", "conversation_unanswered", "conversation_feedback")) {
            db.sql("DELETE FROM " + table).then().block();
        }
    }

    @Test
    void aStateSurvivesARestartAndIsSeenByAnotherInstance() {
        instance().save("psid-2518890001", answered).block();

        assertThat(instance().find("psid-2518890001").block()).isEqualTo(answered);
        assertThat(instance().find("psid-2518890002").block()).isNull();
    }

    @Test
    void everyStepSurvivesTheDatabase() {
        StoredConversationStateStore store = instance();
        for (Step step : List.of(Step.IDLE, Step.MENU, new Step.Answered(), new Step.Clarifying(), new Step.Browsing("laws"),
                new Step.Contacts(), new Step.Urgent("money_sent"), new Step.ScamChecked(), new Step.ConfirmingDeletion(),
                new Step.Consenting(), new Step.ResumeOffered(), new Step.Intake(IntakeStep.COMMUNE, Step.Intake.Mode.FROM_SUMMARY))) {
            ConversationState state = answered.withStep(step, List.of("khoa-sim"), clock.instant());
            store.save("zalo:step", state).block();
            assertThat(instance().find("zalo:step").block()).as("%s", step).isEqualTo(state);
        }
    }

    @Test
    void aStateStoredWithAStringStepBeforeTheUpgradeIsStillRead() {
        Map<String, Step> legacy = Map.of("idle", Step.IDLE, "menu", Step.MENU, "answered", new Step.Answered(),
                "group:laws", new Step.Browsing("laws"), "urgent:money_sent", new Step.Urgent("money_sent"),
                "delete:confirm", new Step.ConfirmingDeletion(), "report:consent", new Step.Consenting(),
                "report:intake", new Step.ResumeOffered(), "clarify", new Step.Clarifying());
        JsonMapper json = JsonMapper.builder().build();
        legacy.forEach((stored, step) -> {
            String old = "{\"lastTopic\":\"ma-otp\",\"offered\":[\"khoa-sim\"],\"step\":\"" + stored
                    + "\",\"rated\":[],\"updatedAt\":\"2026-12-01T08:00:00Z\"}";
            ConversationState state = StoredConversationStateStore.read(json, old.getBytes(StandardCharsets.UTF_8));
            assertThat(state.step()).as(stored).isEqualTo(step);
            assertThat(state.offered()).containsExactly("khoa-sim");
        });
    }

    @Test
    void aStateIsForgottenAfterThirtyMinutesOfSilenceAndThenPurged() {
        StoredConversationStateStore store = instance();
        store.save("web:a", answered).block();
        clock.advance(Duration.ofMinutes(29));
        assertThat(instance().find("web:a").block()).isEqualTo(answered);
        store.save("web:a", answered).block(); // another message: the 30 minutes start again
        clock.advance(Duration.ofMinutes(29));
        assertThat(store.find("web:a").block()).isEqualTo(answered);
        store.save("web:b", answered).block();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(store.find("web:a").block()).isNull();
        assertThat(instance().find("web:a").block()).isNull();
        assertThat(new ConversationStoragePurge(store, unanswered(), feedback(), properties, clock).purge().block())
                .isEqualTo(new ConversationStoragePurge.Purged(1, 0));
        assertThat(count("conversation_state")).isEqualTo(1);
        assertThat(store.find("web:b").block()).isEqualTo(answered);
    }

    @Test
    void theLatestStateOfAnyInstanceIsSeenOnceTheShortCacheHasLapsed() {
        StoredConversationStateStore first = instance();
        StoredConversationStateStore second = instance();
        first.save("zalo:7730012", answered).block();
        assertThat(first.find("zalo:7730012").block()).isEqualTo(answered);

        ConversationState next = answered.withStep(Step.MENU, List.of(), clock.instant());
        second.save("zalo:7730012", next).block();
        clock.advance(properties.stateCache().plusMillis(1));
        assertThat(first.find("zalo:7730012").block()).isEqualTo(next);

        second.remove("zalo:7730012").block();
        clock.advance(properties.stateCache().plusMillis(1));
        assertThat(first.find("zalo:7730012").block()).isNull();
        assertThat(count("conversation_state")).isZero();
    }

    @Test
    void aTurnThatRollsBackLeavesTheCommittedStateInTheCacheToo() {
        ConversationStateStore store = instance();
        store.save("psid-2518890009", answered).block();
        ConversationState later = answered.answered("khoa-sim", List.of(), clock.instant());

        store.save("psid-2518890009", later).then(Mono.<Void>error(new IllegalStateException("outbox insert failed")))
                .as(transaction::transactional).onErrorResume(IllegalStateException.class, e -> Mono.empty()).block();
        assertThat(store.find("psid-2518890009").block()).as("after the rollback").isEqualTo(answered);

        store.save("psid-2518890009", later).as(transaction::transactional).block();
        assertThat(store.find("psid-2518890009").block()).as("after the commit").isEqualTo(later);
    }

    @Test
    void instancesRacingToSaveTheFirstStateOfOnePersonLeaveOneRow() {
        List<StoredConversationStateStore> instances = List.of(instance(), instance(), instance(), instance());
        Flux.range(0, 20)
                .flatMap(i -> instances.get(i % 4).save("web:race", answered).subscribeOn(Schedulers.parallel()))
                .blockLast(Duration.ofSeconds(30));

        assertThat(count("conversation_state")).isEqualTo(1);
        assertThat(instance().find("web:race").block()).isEqualTo(answered);
    }

    @Test
    void theRawStateTableRevealsNeitherWhoNorWhat() {
        instance().save("psid-2518890001", answered).block();

        Map<String, Object> row = db.sql("SELECT user_ref, state_enc FROM conversation_state").fetch().one().block();

        assertThat(row.get("user_ref").toString()).hasSize(64).doesNotContain("2518890001");
        assertThat(row.get("state_enc").toString()).startsWith("v1:").doesNotContain("ma-otp", "khoa-sim", "answered");
    }

    @Test
    void unansweredMessagesAreKeptAcrossRestartsNewestFirstAndEncrypted() {
        UnansweredQuestion older = new UnansweredQuestion("giá vàng hôm nay, gọi [số điện thoại]", Decision.FALLBACK,
                ChannelKind.WEB, clock.instant().minusSeconds(5), List.of(new Candidate("ma-otp", "Mã OTP", 0.12)));
        UnansweredQuestion newer = new UnansweredQuestion("ngân hàng", Decision.CLARIFY, ChannelKind.ZALO,
                clock.instant(), List.of(new Candidate("gia-danh-ngan-hang", "Giả danh ngân hàng", 0.41),
                        new Candidate("khoa-sim", "Khóa SIM", 0.38)));
        unanswered().record(older).block();
        unanswered().record(newer).block();

        assertThat(unanswered().recent(10).collectList().block()).containsExactly(newer, older);
        assertThat(unanswered().recent(1).collectList().block()).containsExactly(newer);
        assertThat(db.sql("SELECT text_enc FROM conversation_unanswered").map(r -> r.get("text_enc", String.class)).all()
                .collectList().block()).allSatisfy(raw -> assertThat(raw).startsWith("v1:").doesNotContain("vàng", "ngân"));
    }

    @Test
    void votesAreKeptAcrossRestartsAndTalliedPerTopic() {
        StoredFeedbackLog log = feedback();
        log.record(new TopicFeedback("ma-otp", TopicFeedback.Vote.HELPFUL, ChannelKind.WEB, clock.instant().minusSeconds(3))).block();
        log.record(new TopicFeedback("ma-otp", TopicFeedback.Vote.NOT_HELPFUL, ChannelKind.FACEBOOK, clock.instant().minusSeconds(2))).block();
        log.record(new TopicFeedback("ma-otp", TopicFeedback.Vote.HELPFUL, ChannelKind.ZALO, clock.instant().minusSeconds(1))).block();
        TopicFeedback last = new TopicFeedback("khoa-sim", TopicFeedback.Vote.NOT_HELPFUL, ChannelKind.WEB, clock.instant());
        log.record(last).block();

        assertThat(feedback().tallies().block()).isEqualTo(Map.of("ma-otp", new FeedbackLog.Tally(2, 1),
                "khoa-sim", new FeedbackLog.Tally(0, 1)));
        assertThat(feedback().recent(2).collectList().block()).first().isEqualTo(last);
        assertThat(feedback().recent(10).collectList().block()).hasSize(4);
    }

    @Test
    void recordsOlderThanTheRetentionArePurgedAndNewerOnesKept() {
        Instant old = clock.instant().minus(properties.recordRetention()).minusSeconds(60);
        unanswered().record(new UnansweredQuestion("cũ", Decision.FALLBACK, ChannelKind.WEB, old, List.of())).block();
        unanswered().record(new UnansweredQuestion("mới", Decision.FALLBACK, ChannelKind.WEB, clock.instant(), List.of())).block();
        feedback().record(new TopicFeedback("ma-otp", TopicFeedback.Vote.HELPFUL, ChannelKind.WEB, old)).block();
        feedback().record(new TopicFeedback("ma-otp", TopicFeedback.Vote.HELPFUL, ChannelKind.WEB, clock.instant())).block();

        assertThat(new ConversationStoragePurge(instance(), unanswered(), feedback(), properties, clock).purge().block())
                .isEqualTo(new ConversationStoragePurge.Purged(0, 2));
        assertThat(unanswered().recent(10).map(UnansweredQuestion::maskedText).collectList().block()).containsExactly("mới");
        assertThat(feedback().tallies().block()).isEqualTo(Map.of("ma-otp", new FeedbackLog.Tally(1, 0)));
    }

    private StoredConversationStateStore instance() {
        return new StoredConversationStateStore(db, protection, properties, clock);
    }

    private StoredUnansweredLog unanswered() {
        return new StoredUnansweredLog(db, protection);
    }

    private StoredFeedbackLog feedback() {
        return new StoredFeedbackLog(db);
    }

    private long count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table).map(row -> row.get("n", Long.class)).one().blockOptional()
                .orElseThrow();
    }
}
