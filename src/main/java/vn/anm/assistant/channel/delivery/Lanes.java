package vn.anm.assistant.channel.delivery;

import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.report.DataProtection;

/** A user's lane: the pseudonym their inbox and outbox rows are filed under, and the contexts sealing them. */
final class Lanes {

    private final DataProtection protection;

    Lanes(DataProtection protection) {
        this.protection = protection;
    }

    String of(ChannelKind channel, String userId) {
        return protection.pseudonym("lane:" + channel.name() + ":" + userId);
    }

    static String inboxContext(String lane) {
        return "channel_inbox.event_enc:" + lane;
    }

    static String outboxContext(String lane) {
        return "channel_outbox.body_enc:" + lane;
    }
}
