package vn.anm.assistant.channel.delivery;

import java.util.List;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.ConversationReply;

/** What a platform adds to delivery: its own message format and one attempt at its send API. */
public interface ChannelSender<B> {

    ChannelKind channel();

    /** The platform request bodies for a reply, in sending order. */
    List<B> render(String userId, ConversationReply reply);

    /** One send, failing with a {@link SendFailure} that says whether a retry may help. */
    Mono<Void> send(B body);
}
