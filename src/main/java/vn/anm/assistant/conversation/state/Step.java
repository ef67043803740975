package vn.anm.assistant.conversation.state;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where a conversation stands between two messages. Stored as JSON with a {@code type} name
 * ({@code {"type":"intake","question":"WHEN","mode":"IN_ORDER"}}); states written before the steps were typed
 * held a string ("idle", "group:laws", "report:consent"…), read by {@link #legacy(String)}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Step.Idle.class, name = "idle"),
        @JsonSubTypes.Type(value = Step.Menu.class, name = "menu"),
        @JsonSubTypes.Type(value = Step.Answered.class, name = "answered"),
        @JsonSubTypes.Type(value = Step.Clarifying.class, name = "clarifying"),
        @JsonSubTypes.Type(value = Step.Browsing.class, name = "browsing"),
        @JsonSubTypes.Type(value = Step.Contacts.class, name = "contacts"),
        @JsonSubTypes.Type(value = Step.Urgent.class, name = "urgent"),
        @JsonSubTypes.Type(value = Step.ScamChecked.class, name = "scam-checked"),
        @JsonSubTypes.Type(value = Step.ConfirmingDeletion.class, name = "confirming-deletion"),
        @JsonSubTypes.Type(value = Step.Consenting.class, name = "consenting"),
        @JsonSubTypes.Type(value = Step.ResumeOffered.class, name = "resume-offered"),
        @JsonSubTypes.Type(value = Step.Intake.class, name = "intake") })
public sealed interface Step {

    Idle IDLE = new Idle();
    Menu MENU = new Menu();

    /** Nothing going on: the next message is read on its own. */
    record Idle() implements Step {
    }

    /** The main menu was shown. */
    record Menu() implements Step {
    }

    /** A topic was answered (the state's {@code lastTopic}); its related topics are the ones offered. */
    record Answered() implements Step {
    }

    /** The matcher was unsure and offered candidates (the state's {@code offered}) to pick from. */
    record Clarifying() implements Step {
    }

    /** A section of the menu is listed. */
    record Browsing(String group) implements Step {
    }

    /** The contacts were shown. */
    record Contacts() implements Step {
    }

    /** Urgent advice was given ({@code kind}: the urgent case, lower case). */
    record Urgent(String kind) implements Step {
    }

    /** Links, numbers or accounts were checked. */
    record ScamChecked() implements Step {
    }

    /** "Xóa dữ liệu của tôi" was asked; the next message confirms it or not. */
    record ConfirmingDeletion() implements Step {
    }

    /** The report intake's consent was asked. */
    record Consenting() implements Step {
    }

    /** A draft left half-way: go on, start again or cancel. */
    record ResumeOffered() implements Step {
    }

    /** The report intake asked {@code question}, in order or from the summary ("Sửa"). */
    record Intake(IntakeStep question, Mode mode) implements Step {

        public enum Mode {
            IN_ORDER, FROM_SUMMARY
        }

        public Intake {
            mode = question == IntakeStep.SUMMARY ? Mode.IN_ORDER : mode;
        }

        public boolean fromSummary() {
            return mode == Mode.FROM_SUMMARY;
        }
    }

    /** The step of a state stored as a string, before the steps were typed. */
    static Step legacy(String step) {
        int colon = step.indexOf(':');
        String head = colon < 0 ? step : step.substring(0, colon);
        String rest = colon < 0 ? "" : step.substring(colon + 1);
        return switch (head) {
            case "menu" -> MENU;
            case "answered" -> new Answered();
            case "clarify" -> new Clarifying();
            case "group" -> new Browsing(rest);
            case "contacts" -> new Contacts();
            case "urgent" -> new Urgent(rest.toLowerCase(Locale.ROOT));
            case "scamcheck" -> new ScamChecked();
            case "delete" -> new ConfirmingDeletion();
            // the question was the draft's then: offering to go on finds it again from the answers
            case "report" -> rest.equals("consent") ? new Consenting() : new ResumeOffered();
            default -> IDLE;
        };
    }
}
