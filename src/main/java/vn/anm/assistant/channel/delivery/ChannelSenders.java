package vn.anm.assistant.channel.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.anm.assistant.conversation.ChannelKind;

/** The platform senders by channel. */
final class ChannelSenders {

    private final Map<ChannelKind, ChannelSender> byChannel = new EnumMap<>(ChannelKind.class);

    ChannelSenders(List<ChannelSender> senders) {
        senders.forEach(sender -> byChannel.put(sender.channel(), sender));
    }

    ChannelSender of(ChannelKind channel) {
        ChannelSender sender = byChannel.get(channel);
        if (sender == null) {
            throw new IllegalStateException("no sender for " + channel);
        }
        return sender;
    }

    Set<ChannelKind> channels() {
        return byChannel.keySet();
    }
}
