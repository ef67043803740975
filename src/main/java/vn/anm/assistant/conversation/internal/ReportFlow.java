package vn.anm.assistant.conversation.internal;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.state.ConversationState;

/**
 * Where "Trình báo sự việc" ({@link Payloads#REPORT_START}) leads: the report intake. It marks its
 * steps in {@link ConversationState#step()} and gets every later typed message while {@link #owns}
 * says so — including "hủy", "bỏ qua" and "quay lại", which mean something inside it — except "menu"
 * and "liên hệ", which leave it (the draft is kept). Its buttons all start with {@code report:}.
 */
interface ReportFlow {

    Mono<Turn> start(TurnContext turn);

    /** Whether a typed message in this step belongs to the flow. */
    boolean owns(ConversationState state);

    /** A typed message while the flow {@link #owns} the conversation. */
    Mono<Turn> proceed(String text, TurnContext turn);

    /** A button of the flow ({@code report:…}), pressed now or from an older message. */
    Mono<Turn> press(String payload, TurnContext turn);
}
