package vn.anm.assistant.stats;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts the chat's turns. {@link #count} only adds in memory (the chat never waits on it); the sums reach the
 * database every few seconds and at shutdown, so a crash loses at most those seconds of counts.
 */
public interface ConversationCounts {

    void count(String channel, String decision, @Nullable String topic, Instant at);

    /** Writes what was counted so far. */
    Mono<Void> flush();

    /** Both days included, oldest first. */
    Flux<DailyCount> between(LocalDate from, LocalDate to);
}
