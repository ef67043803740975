package vn.anm.assistant.channel.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.TestClock;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.database.DatabaseContract;
import vn.anm.assistant.report.DataProtection;

/**
 * What a webhook's acknowledgement stands on, run once on H2 and once on PostgreSQL (the subclasses, where the
 * delivery ids and the events are written in one statement): each delivered event is in the inbox exactly once,
 * whichever instance and batch it came in, the events of a request in their order, and a delivery id
 * past its time to live counts as new. "Another instance" is another {@link Inbox} over the same database.
 */
abstract class InboxAcceptContract extends DatabaseContract {

    /** The context's own inbox worker would process the rows under test: it polls once at start-up, then not for an hour. */
    @DynamicPropertySource
    static void ownWorkerHeldBack(DynamicPropertyRegistry registry) {
        registry.add("anm.channel.delivery.poll-every", () -> "1h");
    }

    @Autowired
    DatabaseClient db;

    @Autowired
    DataProtection protection;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionalOperator transaction;

    @Autowired
    ChannelMetrics channelMetrics;

    @Autowired
    PipelineMetrics pipelineMetrics;

    @Autowired
    DeliveryProperties properties;

    final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("channel_inbox", "channel_delivery_seen")) {
            db.sql("DELETE FROM " + table).then().block();
        }
    }

    @Test
    void aRequestRepeatingAMessageOrBringingOneAlreadyAcceptedStoresEachNewMessageOnceInItsOrder() {
        instance().accept(ChannelKind.FACEBOOK, List.of(event("psid-1", "m_1", "chào"))).block();

        instance().accept(ChannelKind.FACEBOOK, List.of(event("psid-1", "m_1", "chào"), event("psid-1", "m_2", "một"),
                event("psid-1", "m_3", "hai"), event("psid-1", "m_2", "một"), event("psid-1", "m_4", "ba"))).block();

        assertThat(inboxTexts()).containsExactly("chào", "một", "hai", "ba");
    }

    @Test
    void overlappingRequestsOnSeveralInstancesAtOnceStoreEachMessageExactlyOnce() {
        List<Inbox> instances = List.of(instance(), instance(), instance(), instance());
        // 60 messages of 5 users; request i carries messages 4i..4i+11: each overlaps the next two
        List<IncomingEvent> events = IntStream.range(0, 60).mapToObj(n -> event("psid-" + n % 5, "m_" + n, "tin " + n)).toList();

        Flux.range(0, 13)
                .flatMap(i -> instances.get(i % 4).accept(ChannelKind.ZALO, events.subList(i * 4, Math.min(events.size(), i * 4 + 12)))
                        .subscribeOn(Schedulers.parallel()), 13)
                .then()
                .block(Duration.ofSeconds(30));

        // concurrent requests have no order between them (a platform does not promise one either): only once each
        assertThat(inboxTexts()).containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.message().text()).toList());
    }

    @Test
    void aMessageDeliveredAgainAfterItsIdExpiredIsAcceptedAgainButNotBefore() {
        instance().accept(ChannelKind.FACEBOOK, List.of(event("psid-1", "m_1", "chào"))).block();
        clock.advance(properties.dedupTtl().minusMinutes(1));
        instance().accept(ChannelKind.FACEBOOK, List.of(event("psid-1", "m_1", "chào"))).block();
        assertThat(inboxTexts()).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        instance().accept(ChannelKind.FACEBOOK, List.of(event("psid-1", "m_1", "chào lại"))).block();

        assertThat(inboxTexts()).containsExactly("chào", "chào lại");
    }

    /** Another instance: its own group commit and its own memory of the ids it committed. */
    private Inbox instance() {
        return new Inbox(new InboxRows(db), new StoredMessageDeduplicator(db, protection, properties, clock), new Lanes(protection),
                protection, json, transaction, channelMetrics, pipelineMetrics, properties, clock, () -> {
                });
    }

    private IncomingEvent event(String user, String messageId, String text) {
        return IncomingEvent.of(InboundMessage.text(ChannelKind.FACEBOOK, user, messageId, text, clock.instant()));
    }

    /** The stored events' texts, in the order the inbox hands them out (its ids). */
    private List<String> inboxTexts() {
        return db.sql("SELECT lane, event_enc FROM channel_inbox ORDER BY id")
                .map(row -> json.readValue(protection.decrypt(row.get("event_enc", String.class),
                        Lanes.inboxContext(row.get("lane", String.class))), IncomingEvent.class).message().text())
                .all().collectList().block();
    }
}
