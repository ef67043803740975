package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;
import vn.anm.assistant.conversation.state.CaffeineConversationStateStore;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.Step;

/** A conversation is forgotten after 30 minutes of silence, and only then. */
class ConversationStateStoreTests {

    private final AtomicLong nanos = new AtomicLong();
    private final CaffeineConversationStateStore store = new CaffeineConversationStateStore(Duration.ofMinutes(30), 100, nanos::get);

    @Test
    void keepsTheStateWhileTheCitizenKeepsTalking() {
        ConversationState state = ConversationState.start(Instant.EPOCH).answered("ma-otp", List.of("khoa-sim"), Instant.EPOCH);
        store.save("web:a", state).block();
        advance(Duration.ofMinutes(29));
        StepVerifier.create(store.find("web:a")).expectNext(state).verifyComplete();
        store.save("web:a", state).block(); // another message: the 30 minutes start again
        advance(Duration.ofMinutes(29));
        StepVerifier.create(store.find("web:a")).assertNext(s -> assertThat(s.lastTopic()).isEqualTo("ma-otp")).verifyComplete();
    }

    @Test
    void forgetsTheStateAfterThirtyMinutesOfSilence() {
        store.save("web:a", ConversationState.start(Instant.EPOCH)).block();
        advance(Duration.ofMinutes(30).plusSeconds(1));
        StepVerifier.create(store.find("web:a")).verifyComplete();
    }

    @Test
    void keepsEachCitizenApart() {
        store.save("zalo:1", ConversationState.start(Instant.EPOCH).withStep(new Step.Consenting(), List.of(), Instant.EPOCH)).block();
        StepVerifier.create(store.find("facebook:1")).verifyComplete();
        store.remove("zalo:1").block();
        StepVerifier.create(store.find("zalo:1")).verifyComplete();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
