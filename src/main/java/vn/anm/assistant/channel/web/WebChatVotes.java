package vn.anm.assistant.channel.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 👍/👎 from the web chat, limited per session: one per topic (ever, not only within a conversation)
 * and {@code max-votes-per-session} in all. Each accepted vote is remembered in {@code channel_web_vote}
 * (under a hash of the session) for the session's lifetime.
 */
@Component
class WebChatVotes {

    private static final Logger log = LoggerFactory.getLogger(WebChatVotes.class);
    static final String HELPFUL = "feedback:up:";
    static final String NOT_HELPFUL = "feedback:down:";

    private final DatabaseClient db;
    private final WebChatProperties properties;
    private final Clock clock;

    WebChatVotes(DatabaseClient db, WebChatProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    static boolean isVote(String payload) {
        return payload.startsWith(HELPFUL) || payload.startsWith(NOT_HELPFUL);
    }

    /** True when this session may still vote on the payload's topic; the vote is then counted against it. */
    Mono<Boolean> allow(String sessionRef, String payload) {
        String topic = payload.substring(payload.startsWith(HELPFUL) ? HELPFUL.length() : NOT_HELPFUL.length());
        if (topic.isBlank() || topic.length() > 128) {
            return Mono.just(true); // not a topic: the conversation answers it as it does any unknown button
        }
        return db.sql("SELECT COUNT(*) AS votes FROM channel_web_vote WHERE session_ref = :ref")
                .bind("ref", sessionRef)
                .map(row -> ((Number) row.get("votes")).longValue())
                .one()
                .flatMap(votes -> votes >= properties.maxVotesPerSession() ? Mono.just(false)
                        : db.sql("INSERT INTO channel_web_vote (session_ref, topic, voted_at) VALUES (:ref, :topic, :at)")
                                .bind("ref", sessionRef)
                                .bind("topic", topic)
                                .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
                                .then()
                                .thenReturn(true)
                                .onErrorResume(DataIntegrityViolationException.class, already -> Mono.just(false)));
    }

    @Scheduled(initialDelayString = "${anm.channel.web.vote-purge-every:1h}", fixedDelayString = "${anm.channel.web.vote-purge-every:1h}")
    Mono<Void> purge() {
        Duration keep = properties.sessionMaxAge();
        return db.sql("DELETE FROM channel_web_vote WHERE voted_at < :cutoff")
                .bind("cutoff", clock.instant().minus(keep).atOffset(ZoneOffset.UTC))
                .then()
                .onErrorResume(e -> {
                    log.warn("Web vote purge failed, the next run retries: {}", e.getClass().getName());
                    return Mono.empty();
                });
    }
}
