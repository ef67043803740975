package vn.anm.assistant.conversation.unanswered;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.UnansweredLog;
import vn.anm.assistant.conversation.UnansweredQuestion;

/** The latest {@code capacity} unanswered messages in memory; the oldest drop out. Lost on restart. */
public final class InMemoryUnansweredLog implements UnansweredLog {

    private final int capacity;
    private final Deque<UnansweredQuestion> entries = new ArrayDeque<>();

    public InMemoryUnansweredLog(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public Mono<Void> record(UnansweredQuestion question) {
        return Mono.fromRunnable(() -> {
            synchronized (entries) {
                entries.addFirst(question);
                while (entries.size() > capacity) {
                    entries.removeLast();
                }
            }
        });
    }

    @Override
    public Flux<UnansweredQuestion> recent(int limit) {
        return Flux.defer(() -> {
            List<UnansweredQuestion> copy;
            synchronized (entries) {
                copy = new ArrayList<>(entries);
            }
            return Flux.fromIterable(copy).take(limit);
        });
    }
}
