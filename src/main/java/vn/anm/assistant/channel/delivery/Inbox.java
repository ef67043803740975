package vn.anm.assistant.channel.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.report.DataProtection;

/**
 * Where a webhook leaves what it accepted. {@link #accept} completes only once every new event of the
 * request is committed to {@code channel_inbox}, together with its delivery id in
 * {@code channel_delivery_seen} (one transaction): only then may the webhook answer 200. A repeated
 * delivery of an event already committed is dropped — it is in the inbox, or already answered.
 */
public final class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    /** Webhook requests committed together at most (each usually one event). */
    private static final int MAX_BATCH = 128;

    private final InboxRows rows;
    private final StoredMessageDeduplicator seen;
    private final Lanes lanes;
    private final DataProtection protection;
    private final JsonMapper json;
    private final TransactionalOperator transaction;
    private final ChannelMetrics metrics;
    private final PipelineMetrics pipeline;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Runnable newWork;
    private final GroupCommit<Request> commits;

    Inbox(InboxRows rows, StoredMessageDeduplicator seen, Lanes lanes, DataProtection protection, JsonMapper json,
            TransactionalOperator transaction, ChannelMetrics metrics, PipelineMetrics pipeline, DeliveryProperties properties,
            Clock clock, Runnable newWork) {
        this.rows = rows;
        this.seen = seen;
        this.lanes = lanes;
        this.protection = protection;
        this.json = json;
        this.transaction = transaction;
        this.metrics = metrics;
        this.pipeline = pipeline;
        this.properties = properties;
        this.clock = clock;
        this.newWork = newWork;
        this.commits = new GroupCommit<>("inbox", MAX_BATCH, 2, rows.dialect().writes(), this::store);
    }

    /**
     * Commits the events of one webhook request. Requests arriving while another commit is running are
     * committed together with it ({@link GroupCommit}): each still completes only after its own commit.
     *
     * @throws DeliveryOverloaded (as the Mono's error) when the inbox is full or the commit failed
     */
    public Mono<Void> accept(ChannelKind channel, List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            if (pipeline.inboxBacklog() + events.size() > properties.maxPending()) {
                metrics.event(channel, "refused-overloaded");
                return Mono.error(new DeliveryOverloaded("too many messages waiting"));
            }
            List<InboxRows.Delivered> entries = new ArrayList<>();
            for (IncomingEvent event : events) {
                InboundMessage message = event.message();
                String ref = seen.refOf(channel + ":" + message.userId() + ":" + message.messageId());
                if (seen.isKnown(ref)) {
                    metrics.event(channel, "duplicate");
                    continue;
                }
                String lane = lanes.of(channel, message.userId());
                String sealed = protection.encrypt(json.writeValueAsBytes(event), Lanes.inboxContext(lane));
                entries.add(new InboxRows.Delivered(ref, new InboxRows.NewRow(channel, lane, sealed)));
            }
            if (entries.isEmpty()) {
                return Mono.empty();
            }
            Request request = new Request(entries);
            return commits.submit(request).doOnSuccess(done -> {
                // only now, after the commit, may this instance answer repeats from memory
                entries.forEach(entry -> seen.remember(entry.ref()));
                int stored = request.stored;
                for (int i = 0; i < entries.size(); i++) {
                    metrics.event(channel, i < stored ? "accepted" : "duplicate");
                }
                if (stored > 0) {
                    newWork.run();
                }
            });
        }).onErrorMap(e -> !(e instanceof DeliveryOverloaded), e -> {
            log.warn("{} events not stored, the webhook answers 503: {}", channel, e.getClass().getName());
            return new DeliveryOverloaded("the inbox could not be written");
        }); // on the caller's thread: sealing an event takes microseconds, and a hand-off here was one more wait before the 200
    }

    /**
     * The requests of a batch: their delivery ids, and the events seen for the first time. On PostgreSQL in one
     * statement ({@link InboxRows#insertFirstDeliveries}); on H2 in one transaction, the delivery ids first.
     */
    private Mono<Void> store(List<Request> requests) {
        Instant now = clock.instant();
        if (rows.dialect() == Dialect.POSTGRES) {
            List<InboxRows.Delivered> batch = requests.stream().flatMap(request -> request.entries.stream()).toList();
            return rows.insertFirstDeliveries(batch, now, now.minus(properties.dedupTtl()))
                    .doOnNext(first -> firstOnes(requests, first))
                    .then();
        }
        List<String> refs = requests.stream().flatMap(request -> request.entries.stream()).map(InboxRows.Delivered::ref)
                .distinct().toList();
        return seen.claimAll(refs)
                .flatMap(first -> this.rows.insertAll(firstOnes(requests, first), now))
                .as(transaction::transactional);
    }

    /**
     * The events to store, in the batch's order, and each request's count of them: an event whose delivery id
     * this batch stored, once (a second copy of an id in the batch finds it gone: a duplicate).
     */
    private static List<InboxRows.NewRow> firstOnes(List<Request> requests, Set<String> first) {
        List<InboxRows.NewRow> rows = new ArrayList<>();
        for (Request request : requests) {
            int stored = 0;
            for (InboxRows.Delivered entry : request.entries) {
                if (first.remove(entry.ref())) {
                    rows.add(entry.event());
                    stored++;
                }
            }
            request.stored = stored;
        }
        return rows;
    }

    /** The new events of one webhook request; {@code stored}: how many were new, known once committed. */
    private static final class Request {

        private final List<InboxRows.Delivered> entries;
        private volatile int stored;

        Request(List<InboxRows.Delivered> entries) {
            this.entries = entries;
        }
    }
}
