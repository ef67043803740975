package vn.anm.assistant.conversation.internal;

import vn.anm.assistant.conversation.state.IntakeStep;

/** The payloads of the intake's buttons; all start with {@code report:}, like {@link Payloads#REPORT_START}. */
final class IntakePayloads {

    static final String PREFIX = "report:";
    static final String START = Payloads.REPORT_START;
    static final String CONSENT = PREFIX + "consent";
    static final String DECLINE = PREFIX + "decline";
    static final String RESUME = PREFIX + "resume";
    static final String RESTART = PREFIX + "restart";
    static final String SKIP = PREFIX + "skip";
    /** "Không mất tiền": clears an amount told before, unlike "Giữ nguyên". */
    static final String NO_MONEY = PREFIX + "no-money";
    static final String BACK = PREFIX + "back";
    static final String CANCEL = PREFIX + "cancel";
    static final String SEND = PREFIX + "send";
    static final String EDIT = PREFIX + "edit";
    static final String SUMMARY = PREFIX + "summary";
    static final String CHOICE = PREFIX + "choice:";
    static final String EDIT_STEP = PREFIX + "edit:";

    private IntakePayloads() {
    }

    static String choice(String value) {
        return CHOICE + value;
    }

    static String edit(IntakeStep step) {
        return EDIT_STEP + step.name();
    }
}
