package vn.anm.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.TestClock;
import vn.anm.assistant.database.DatabaseContract;
import vn.anm.assistant.channel.delivery.Deduplicators;
import vn.anm.assistant.channel.delivery.DeliveryProperties;
import vn.anm.assistant.channel.delivery.MessageDeduplicator;
import vn.anm.assistant.report.DataProtection;

/**
 * The channel's records in the database, run once on H2 and once on the real PostgreSQL (the
 * subclasses): accepted platform deliveries and the Zalo token pair. "Another instance" or "a restart"
 * is a new store over the same database.
 */
abstract class ChannelStorageContract extends DatabaseContract {

    @Autowired
    DatabaseClient db;

    @Autowired
    DataProtection protection;

    @Autowired
    DeliveryProperties delivery;

    @Autowired
    JsonMapper json;

    @TempDir
    Path formerDataDir;

    final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("channel_delivery_seen", "zalo_token")) {
            db.sql("DELETE FROM " + table).then().block();
        }
    }

    @Test
    void aRepeatedDeliveryIsRecognisedByAnotherInstanceAndAfterARestart() {
        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_1").block()).isTrue();

        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_1").block()).isFalse();
        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_2").block()).isTrue();
        assertThat(deduplicator().firstDelivery("ZALO:psid-1:m_1").block()).isTrue();
    }

    @Test
    void ofConcurrentDeliveriesOfOneMessageToSeveralInstancesExactlyOneWins() {
        List<MessageDeduplicator> instances = List.of(deduplicator(), deduplicator(), deduplicator(), deduplicator());
        for (int round = 0; round < 5; round++) {
            String key = "ZALO:7730012:msg-" + round;
            List<Boolean> answers = Flux.range(0, 16)
                    .flatMap(i -> instances.get(i % 4).firstDelivery(key).subscribeOn(Schedulers.parallel()), 16)
                    .collectList()
                    .block(Duration.ofSeconds(30));

            assertThat(answers).hasSize(16).containsOnlyOnce(true);
        }
        assertThat(count("channel_delivery_seen")).isEqualTo(5);
    }

    @Test
    void aBatchOfDeliveriesClaimsOnlyTheNewOnesAndOverlappingBatchesOnSeveralInstancesShareEachOnce() {
        deduplicator().firstDelivery("FACEBOOK:psid-1:m_1").block();

        assertThat(Deduplicators.claimAll(deduplicator(), List.of("FACEBOOK:psid-1:m_1", "FACEBOOK:psid-1:m_2", "ZALO:psid-2:m_1"))
                .block()).containsExactlyInAnyOrder("FACEBOOK:psid-1:m_2", "ZALO:psid-2:m_1");

        List<String> keys = java.util.stream.IntStream.range(0, 48).mapToObj(i -> "FACEBOOK:psid-" + i % 7 + ":m_b" + i).toList();
        List<MessageDeduplicator> instances = List.of(deduplicator(), deduplicator(), deduplicator(), deduplicator());
        List<java.util.Set<String>> won = Flux.range(0, 10) // batches of 12 keys, each overlapping the next two
                .flatMap(i -> Deduplicators.claimAll(instances.get(i % 4), keys.subList(i * 4, Math.min(keys.size(), i * 4 + 12)))
                        .subscribeOn(Schedulers.parallel()), 10)
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(won.stream().mapToInt(java.util.Set::size).sum()).isEqualTo(keys.size());
        assertThat(won.stream().flatMap(java.util.Set::stream)).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void aDeliveryIsForgottenAfterTheTtlAndPurged() {
        MessageDeduplicator first = deduplicator();
        first.firstDelivery("FACEBOOK:psid-1:m_old").block();
        clock.advance(delivery.dedupTtl().minusMinutes(1));
        first.firstDelivery("FACEBOOK:psid-1:m_new").block();
        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_old").block()).isFalse();

        clock.advance(Duration.ofMinutes(2));

        assertThat(Deduplicators.purge(deduplicator()).block()).isEqualTo(1);
        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_new").block()).isFalse();
        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_old").block()).isTrue();
    }

    @Test
    void anExpiredRowNotYetPurgedCountsAsForgotten() {
        deduplicator().firstDelivery("FACEBOOK:psid-1:m_1").block();
        clock.advance(delivery.dedupTtl().plusMinutes(1));

        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_1").block()).isTrue();
        assertThat(deduplicator().firstDelivery("FACEBOOK:psid-1:m_1").block()).isFalse();
    }

    @Test
    void theRawDeliveryTableHoldsNoIdentifiers() {
        deduplicator().firstDelivery("FACEBOOK:psid-2518890001:m_AbCdEf").block();

        String raw = db.sql("SELECT delivery_ref FROM channel_delivery_seen").map(r -> r.get("delivery_ref", String.class))
                .one().block();
        assertThat(raw).hasSize(64).doesNotContain("2518890001", "AbCdEf");
    }

    @Test
    void theZaloTokenPairRoundTripsAcrossRestartsAndTheNewestPairWins() {
        ZaloTokens first = new ZaloTokens("access-1", "refresh-1", Instant.now().plus(25, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS));
        ZaloTokens second = new ZaloTokens("access-2", "refresh-2", first.expiresAt().plusSeconds(60));
        assertThat(tokens("2553928453557884079").load().block()).isEmpty();

        tokens("2553928453557884079").save(first).block();
        tokens("2553928453557884079").save(second).block();

        assertThat(tokens("2553928453557884079").load().block()).contains(second);
        assertThat(tokens("another-app").load().block()).isEmpty();
        assertThat(count("zalo_token")).isEqualTo(1);
    }

    @Test
    void theZaloTokensAreUnreadableInTheRawTable() {
        tokens("2553928453557884079").save(new ZaloTokens("secret-access-token-Xy1", "secret-refresh-token-Zq9",
                Instant.now().plusSeconds(3600))).block();

        String raw = db.sql("SELECT tokens_enc FROM zalo_token").map(r -> r.get("tokens_enc", String.class)).one().block();
        assertThat(raw).startsWith("v1:").doesNotContain("secret-access-token-Xy1", "secret-refresh-token-Zq9", "access");
    }

    @Test
    void aPairLeftInTheFormerTokenFileIsUsedUntilTheTableHasOne() {
        ZaloTokens inFile = new ZaloTokens("file-access", "file-refresh", Instant.now().plusSeconds(600).truncatedTo(ChronoUnit.MILLIS));
        new FileZaloTokenStore(formerDataDir, json, Clock.systemUTC()).save(inFile).block();
        assertThat(tokens("2553928453557884079").load().block()).contains(inFile);

        ZaloTokens refreshed = new ZaloTokens("db-access", "db-refresh", inFile.expiresAt().plusSeconds(3600));
        tokens("2553928453557884079").save(refreshed).block();

        assertThat(tokens("2553928453557884079").load().block()).contains(refreshed);
    }

    private MessageDeduplicator deduplicator() {
        return Deduplicators.instance(db, protection, delivery, clock);
    }

    private ZaloTokenStore tokens(String appId) {
        return new StoredZaloTokenStore(db, protection, json, appId, new FileZaloTokenStore(formerDataDir, json, Clock.systemUTC()), Clock.systemUTC());
    }

    private long count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table).map(row -> row.get("n", Long.class)).one().blockOptional()
                .orElseThrow();
    }
}
