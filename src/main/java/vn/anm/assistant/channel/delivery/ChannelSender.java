package vn.anm.assistant.channel.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;

/** What a platform adds to delivery: its message format, its reply window and one attempt at its send API. */
public interface ChannelSender {

    ChannelKind channel();

    /** The platform request bodies for a reply, in sending order (stored as JSON in the outbox). */
    List<Map<String, Object>> render(String userId, ConversationReply reply);

    /**
     * One send of a request body {@link #render rendered} earlier and stored as JSON (sent as stored: no
     * parsing and writing it again), failing with a {@link SendFailure} that says whether a retry may help.
     * The body is subscribed to only once a connection to the platform is ready, and the request is written as
     * soon as it emits: the outbox commits the attempt's start inside it, so the moment between that commit and
     * the request leaving is as short as it can be.
     */
    Mono<Void> send(Mono<byte[]> json);

    /** A request with no effect a user could see, to check the platform answers again after an outage. */
    Mono<Void> probe();

    /** How long after the user's message the platform still lets the bot answer it. */
    Duration replyWindow();
}
