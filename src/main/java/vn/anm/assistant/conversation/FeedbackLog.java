package vn.anm.assistant.conversation;

import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where 👍/👎 on answers are kept for moderators; one vote per citizen and topic within a conversation. */
public interface FeedbackLog {

    Mono<Void> record(TopicFeedback feedback);

    /** The most recent votes, newest first. */
    Flux<TopicFeedback> recent(int limit);

    /** Votes per topic kept so far: topic → {helpful, not helpful}. */
    Mono<Map<String, Tally>> tallies();

    record Tally(long helpful, long notHelpful) {
    }
}
