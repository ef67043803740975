package vn.anm.assistant.channel.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.database.DatabaseContract;

/**
 * What a successor learns from the outbox about a part another instance held, run once on H2 and once on
 * PostgreSQL (the subclasses): a part whose request never left is sent (at least once), a part marked
 * {@code SENDING} before its request left is not (at most once), and a claim that ran out can no longer mark
 * — the instance holding it must not send. "Another instance" is another claim owner; time moves by the instant
 * passed to each claim.
 */
abstract class OutboxClaimContract extends DatabaseContract {

    private static final Duration LEASE = Duration.ofSeconds(10);

    @Autowired
    DatabaseClient db;

    /**
     * The context's own outbox worker claims due parts too: polling every 250 ms, it now and then took the part
     * between the insert and the test's first claim (CI: "first is null"). It polls once at start-up, then not
     * for an hour; nothing here nudges it.
     */
    @DynamicPropertySource
    static void ownWorkerHeldBack(DynamicPropertyRegistry registry) {
        registry.add("anm.channel.delivery.poll-every", () -> "1h");
    }

    OutboxRows outbox;
    final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void onePartWaiting() {
        db.sql("DELETE FROM channel_outbox").then().block();
        outbox = new OutboxRows(db);
        outbox.insertAll(List.of(new OutboxRows.NewPart(ChannelKind.FACEBOOK, "lane-claims", "sealed-body", 0, 1, start,
                start.plus(Duration.ofHours(24)))), start).block();
    }

    @Test
    void aPartStillWaitingForItsConnectionWhenTheInstanceDiedIsSentByTheNext() {
        OutboxRows.Claimed first = claim("dead-instance", start);
        assertThat(first.sending()).isFalse();

        assertThat(claim("successor", start.plusSeconds(5))).as("leased: nobody else takes it meanwhile").isNull();
        OutboxRows.Claimed taken = claim("successor", start.plus(LEASE).plusSeconds(1));

        assertThat(taken.id()).isEqualTo(first.id());
        assertThat(taken.sending()).as("never attempted: to be sent").isFalse();
        assertThat(taken.attempts()).isZero();
    }

    @Test
    void aPartMarkedBeforeItsRequestLeftIsKnownToTheNextAsPerhapsDelivered() {
        OutboxRows.Mark mark = new OutboxRows.Mark(claim("dead-instance", start));
        outbox.markSending(List.of(mark)).block();
        assertThat(mark.held()).isTrue();

        OutboxRows.Claimed taken = claim("successor", start.plus(LEASE).plusSeconds(1));

        assertThat(taken.sending()).as("an attempt may have reached the platform: not sent again").isTrue();
        assertThat(taken.attempts()).isEqualTo(1);
    }

    @Test
    void aClaimThatRanOutCannotMarkThePartAnotherClaimHolds() {
        OutboxRows.Claimed stale = claim("stalled-instance", start);
        OutboxRows.Claimed current = claim("successor", start.plus(LEASE).plusSeconds(1));

        OutboxRows.Mark late = new OutboxRows.Mark(stale);
        OutboxRows.Mark due = new OutboxRows.Mark(current);
        outbox.markSending(List.of(late, due)).block();

        assertThat(late.held()).as("the stalled instance must not send it").isFalse();
        assertThat(due.held()).isTrue();
    }

    private OutboxRows.Claimed claim(String owner, Instant now) {
        return outbox.claim(List.of(ChannelKind.FACEBOOK), owner, 32, LEASE, now).next().block();
    }
}
