package vn.anm.assistant.conversation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.menu.MenuGroup;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.report.ContactChannel;
import vn.anm.assistant.report.IncidentKind;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.SubmittedReport;

/**
 * The intake's turns: the consent text, one question at a time with its buttons (and the choices
 * numbered in the text, for channels that show fewer buttons), the summary, the reference code.
 */
final class IntakeReplies {

    /** The conversation steps of the intake; the question itself is the draft's cursor. */
    static final String CONSENT_STEP = "report:consent";
    static final String RESUME_STEP = "report:resume";
    static final String INTAKE_STEP = "report:intake";

    /** The menu section of knowledge-base topics on reporting (messages/conversation.properties, group.report.*). */
    static final String REPORT_TOPICS = "report";

    private final MenuReplies menu;
    private final MenuCatalog catalog;
    private final DraftDescription description;
    private final ReplyTexts texts;
    private final long retentionDays;
    private final long draftDays;

    IntakeReplies(MenuReplies menu, MenuCatalog catalog, DraftDescription description, ReplyTexts texts, Duration retention,
            Duration draftRetention) {
        this.menu = menu;
        this.catalog = catalog;
        this.description = description;
        this.texts = texts;
        this.retentionDays = retention.toDays();
        this.draftDays = Math.max(1, draftRetention.toDays());
    }

    Turn consent(ConversationState state, Instant now) {
        return Turn.of(TurnKind.REPORT_CONSENT, state.withStep(CONSENT_STEP, List.of(), now),
                new Reply(texts.get("report.consent", retentionDays, draftDays),
                        List.of(button("button.consent", IntakePayloads.CONSENT), button("button.decline", IntakePayloads.DECLINE),
                                menu.menuButton()), null));
    }

    /** Not consented: nothing stored; the topics on reporting elsewhere (Công an xã/phường, VNeID) instead. */
    Turn declined(ConversationState state, Instant now) {
        List<Topic> topics = catalog.group(REPORT_TOPICS).map(MenuGroup::topics).orElse(List.of());
        List<Button> buttons = new ArrayList<>();
        topics.forEach(t -> buttons.add(menu.topicButton(t)));
        buttons.add(menu.menuButton());
        return Turn.of(TurnKind.REPORT_DECLINED, state.withStep(ConversationState.IDLE, topics.stream().map(Topic::id).toList(), now),
                new Reply(texts.get("report.declined"), buttons, null));
    }

    Turn resumeOffer(ConversationState state, Instant now) {
        return Turn.of(TurnKind.REPORT_RESUME, state.withStep(RESUME_STEP, List.of(), now),
                new Reply(texts.get("report.resume"), List.of(button("button.resume", IntakePayloads.RESUME),
                        button("button.restart", IntakePayloads.RESTART), cancelButton()), null));
    }

    /** Asks {@code step}; {@code note} goes first (e.g. "this one is needed"). */
    Turn ask(IntakeStep step, ReportDraft draft, boolean editing, @Nullable String note, ConversationState state, Instant now) {
        if (step == IntakeStep.SUMMARY) {
            return summary(draft, note, state, now);
        }
        List<String> lines = new ArrayList<>();
        if (note != null) {
            lines.add(note);
        }
        lines.add(texts.get("report.ask." + step.name()));
        List<Button> buttons = new ArrayList<>();
        if (step == IntakeStep.KIND) {
            IncidentKind[] kinds = IncidentKind.values();
            for (int i = 0; i < kinds.length; i++) {
                lines.add(texts.get("report.choice", i + 1, texts.get("report.kind." + kinds[i])));
                buttons.add(new Button(texts.get("report.kind." + kinds[i] + ".button"), IntakePayloads.choice(kinds[i].name())));
            }
        }
        if (step == IntakeStep.CONTACT) {
            ContactChannel[] channels = ContactChannel.values();
            for (int i = 0; i < channels.length; i++) {
                lines.add(texts.get("report.choice", i + 1, texts.get("report.contact." + channels[i])));
                buttons.add(new Button(texts.get("report.contact." + channels[i] + ".button"), IntakePayloads.choice(channels[i].name())));
            }
        }
        description.answer(step, draft).ifPresent(answer -> lines.add(texts.get("report.current", answer)));
        if (step.optional()) {
            buttons.add(button(step == IntakeStep.MONEY ? "button.no-money" : "button.skip", IntakePayloads.SKIP));
        }
        if (editing || step != IntakeStep.KIND) {
            buttons.add(button("button.back", IntakePayloads.BACK));
        }
        buttons.add(cancelButton());
        return Turn.named(step.decision(), state.withStep(INTAKE_STEP, List.of(), now),
                new Reply(String.join("\n", lines), buttons, null));
    }

    Turn summary(ReportDraft draft, @Nullable String note, ConversationState state, Instant now) {
        String text = (note == null ? "" : note + "\n") + texts.get("report.summary", description.summary(draft));
        return Turn.named(IntakeStep.SUMMARY.decision(), state.withStep(INTAKE_STEP, List.of(), now),
                new Reply(text, List.of(button("button.send", IntakePayloads.SEND), button("button.edit", IntakePayloads.EDIT),
                        button("button.back", IntakePayloads.BACK), cancelButton()), null));
    }

    /** "Sửa": which answer to change. */
    Turn editChoices(ConversationState state, Instant now) {
        List<Button> buttons = new ArrayList<>();
        for (IntakeStep step : IntakeStep.values()) {
            if (step != IntakeStep.SUMMARY && step != IntakeStep.MONEY_BANK) {
                buttons.add(new Button(texts.get("report.edit." + step.name()), IntakePayloads.edit(step)));
            }
        }
        buttons.add(button("button.back", IntakePayloads.SUMMARY));
        return Turn.of(TurnKind.REPORT_EDIT, state.withStep(INTAKE_STEP, List.of(), now),
                new Reply(texts.get("report.edit"), buttons, null));
    }

    Turn submitted(SubmittedReport report, ConversationState state, Instant now) {
        return Turn.of(TurnKind.REPORT_SUBMITTED, state.withStep(ConversationState.IDLE, List.of(), now),
                new Reply(texts.get("report.submitted", report.reference().value()), List.of(menu.contactsButton(), menu.menuButton()), null));
    }

    Turn notSent(ConversationState state, Instant now) {
        return Turn.of(TurnKind.REPORT_FAILED, state.withStep(INTAKE_STEP, List.of(), now),
                new Reply(texts.get("report.not-sent"), List.of(button("button.send", IntakePayloads.SEND), cancelButton()), null));
    }

    Turn cancelled(ConversationState state, Instant now) {
        return Turn.of(TurnKind.REPORT_CANCELLED, state.withStep(ConversationState.IDLE, List.of(), now),
                new Reply(texts.get("report.cancelled"), menu.mainMenu(), null));
    }

    /** A button of the intake pressed when there is no draft any more (sent, cancelled, deleted or expired). */
    Turn noDraft(ConversationState state, Instant now) {
        return Turn.of(TurnKind.REPORT_CANCELLED, state.withStep(ConversationState.IDLE, List.of(), now),
                new Reply(texts.get("report.no-draft"), List.of(menu.reportButton(), menu.menuButton()), null));
    }

    String note(String key) {
        return texts.get(key);
    }

    private Button button(String key, String payload) {
        return new Button(texts.get(key), payload);
    }

    private Button cancelButton() {
        return button("button.cancel", IntakePayloads.CANCEL);
    }
}
