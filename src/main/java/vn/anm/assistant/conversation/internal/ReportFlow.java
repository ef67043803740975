package vn.anm.assistant.conversation.internal;

import java.time.Instant;

import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.state.ConversationState;

/**
 * Where "Trình báo sự việc" ({@link Payloads#REPORT_START}) leads. The incident-report issue replaces
 * the first implementation (a list of the trinh-bao topics) with the intake flow: it marks its steps
 * in {@link ConversationState#step()} and gets every later message while {@link #owns} says so,
 * except "hủy"/"thoát"/"menu", which always leave the flow.
 */
interface ReportFlow {

    Turn start(InboundMessage message, ConversationState state, Instant now);

    /** Whether a message in this step belongs to the flow. */
    default boolean owns(ConversationState state) {
        return false;
    }

    default Turn proceed(InboundMessage message, ConversationState state, Instant now) {
        return start(message, state, now);
    }
}
