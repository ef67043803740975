package vn.anm.assistant.conversation.feedback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.conversation.TopicFeedback;

/** The latest {@code capacity} votes in memory; the oldest drop out. Lost on restart. */
public final class InMemoryFeedbackLog implements FeedbackLog {

    private final int capacity;
    private final Deque<TopicFeedback> votes = new ArrayDeque<>();

    public InMemoryFeedbackLog(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public Mono<Void> record(TopicFeedback feedback) {
        return Mono.fromRunnable(() -> {
            synchronized (votes) {
                votes.addFirst(feedback);
                while (votes.size() > capacity) {
                    votes.removeLast();
                }
            }
        });
    }

    @Override
    public Flux<TopicFeedback> recent(int limit) {
        return Flux.defer(() -> Flux.fromIterable(snapshot()).take(limit));
    }

    @Override
    public Mono<Map<String, Tally>> tallies() {
        return Mono.fromSupplier(() -> {
            Map<String, Tally> tallies = new TreeMap<>();
            for (TopicFeedback vote : snapshot()) {
                Tally t = tallies.getOrDefault(vote.topic(), new Tally(0, 0));
                tallies.put(vote.topic(), vote.helpful() ? new Tally(t.helpful() + 1, t.notHelpful())
                        : new Tally(t.helpful(), t.notHelpful() + 1));
            }
            return Map.copyOf(tallies);
        });
    }

    private List<TopicFeedback> snapshot() {
        synchronized (votes) {
            return new ArrayList<>(votes);
        }
    }
}
