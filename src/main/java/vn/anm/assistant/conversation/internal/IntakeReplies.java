package vn.anm.assistant.conversation.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.menu.MenuGroup;
import vn.anm.assistant.conversation.state.IntakeStep;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.report.ContactChannel;
import vn.anm.assistant.report.IncidentKind;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.SubmittedReport;

/**
 * The intake's turns: the consent, one question at a time with its buttons (and the choices numbered in
 * the text, for channels that show fewer buttons), the summary, the reference code. What they promise
 * about the report's receiver comes from {@link ReportPromises}.
 */
final class IntakeReplies {

    /** The summary, where "Sửa", "Gửi" and a failed sending leave the conversation. */
    static final Step.Intake SUMMARY = new Step.Intake(IntakeStep.SUMMARY, Step.Intake.Mode.IN_ORDER);

    /** The menu section of knowledge-base topics on reporting (messages/conversation.properties, group.report.*). */
    static final String REPORT_TOPICS = "report";

    private final MenuReplies menu;
    private final MenuCatalog catalog;
    private final AnswerReplies answers;
    private final DraftDescription description;
    private final ReplyTexts texts;
    private final ReportPromises promises;
    private final long retentionDays;
    private final long draftDays;

    IntakeReplies(MenuReplies menu, MenuCatalog catalog, AnswerReplies answers, DraftDescription description, ReplyTexts texts,
            ReportPromises promises, Duration retention, Duration draftRetention) {
        this.menu = menu;
        this.catalog = catalog;
        this.answers = answers;
        this.description = description;
        this.texts = texts;
        this.promises = promises;
        this.retentionDays = retention.toDays();
        this.draftDays = Math.max(1, draftRetention.toDays());
    }

    /** Whether the intake is offered: somebody reads the reports. */
    boolean offered() {
        return promises.intakeOffered();
    }

    /**
     * The consent in two messages: first what to do right now if money was just sent, who runs the
     * assistant and everything the intake collects; then purpose, receiver, retention, rights and the buttons.
     */
    Turn consent(TurnContext turn) {
        String first = texts.get("report.consent.hotline") + "\n" + texts.get("report.consent.collected", promises.operator());
        return Turn.of(TurnKind.REPORT_CONSENT, turn.next(new Step.Consenting()), Reply.text(first),
                new Reply(String.join("\n", promises.consentTerms(retentionDays, draftDays)), consentButtons(), null));
    }

    /** Neither a clear yes nor a clear no ("ok", "có", a story): nothing stored, the question asked again. */
    Turn consentAgain(TurnContext turn) {
        return Turn.of(TurnKind.REPORT_CONSENT, turn.next(new Step.Consenting()),
                new Reply(texts.get("report.consent.again", texts.get("panic-line")), consentButtons(), null));
    }

    /** Nobody reads reports: the topic on how to report to the police instead of the intake. */
    Turn howToReport(TurnContext turn) {
        return menu.howToReport().map(topic -> answers.answer(topic, turn))
                .or(() -> menu.group(REPORT_TOPICS, 1, turn))
                .orElseGet(() -> menu.welcome(turn));
    }

    private List<Button> consentButtons() {
        return List.of(button("button.consent", IntakePayloads.CONSENT), button("button.decline", IntakePayloads.DECLINE),
                menu.menuButton());
    }

    /** Not consented: nothing stored; the topics on reporting elsewhere (Công an xã/phường, VNeID) instead. */
    Turn declined(TurnContext turn) {
        List<Topic> topics = catalog.group(REPORT_TOPICS).map(MenuGroup::topics).orElse(List.of());
        List<Button> buttons = new ArrayList<>();
        topics.forEach(t -> buttons.add(menu.topicButton(t)));
        buttons.add(menu.menuButton());
        return Turn.of(TurnKind.REPORT_DECLINED, turn.next(Step.IDLE, topics.stream().map(Topic::id).toList()),
                new Reply(texts.get("report.declined"), buttons, null));
    }

    Turn resumeOffer(TurnContext turn) {
        return Turn.of(TurnKind.REPORT_RESUME, turn.next(new Step.ResumeOffered()),
                new Reply(texts.get("report.resume"), List.of(button("button.resume", IntakePayloads.RESUME),
                        button("button.restart", IntakePayloads.RESTART), cancelButton()), null));
    }

    /** Asks the question {@code at} points to; {@code note} goes first (e.g. "this one is needed"). */
    Turn ask(Step.Intake at, ReportDraft draft, @Nullable String note, TurnContext turn) {
        IntakeStep step = at.question();
        if (step == IntakeStep.SUMMARY) {
            return summary(draft, note, turn);
        }
        List<String> lines = new ArrayList<>();
        if (note != null) {
            lines.add(note);
        }
        lines.add(texts.get("report.ask." + step.name()));
        List<String> choices = new ArrayList<>(); // the numbered choices repeat the buttons: left out where all show
        List<Button> buttons = new ArrayList<>();
        if (step == IntakeStep.KIND) {
            IncidentKind[] kinds = IncidentKind.values();
            for (int i = 0; i < kinds.length; i++) {
                choices.add(texts.get("report.choice", i + 1, texts.get("report.kind." + kinds[i])));
                buttons.add(new Button(texts.get("report.kind." + kinds[i] + ".button"), IntakePayloads.choice(kinds[i].name())));
            }
        }
        if (step == IntakeStep.CONTACT) {
            ContactChannel[] channels = ContactChannel.values();
            for (int i = 0; i < channels.length; i++) {
                choices.add(texts.get("report.choice", i + 1, texts.get("report.contact." + channels[i])));
                buttons.add(new Button(texts.get("report.contact." + channels[i] + ".button"), IntakePayloads.choice(channels[i].name())));
            }
        }
        List<String> compact = new ArrayList<>(lines);
        lines.addAll(choices);
        Optional<String> current = description.answer(step, draft);
        current.ifPresent(answer -> lines.add(texts.get("report.current", answer)));
        current.ifPresent(answer -> compact.add(texts.get("report.current", answer)));
        if (step == IntakeStep.MONEY) {
            buttons.add(button("button.no-money", IntakePayloads.NO_MONEY));
        }
        // An answer given before is kept by a button that says so, never by a silent "Bỏ qua".
        if (current.isPresent()) {
            buttons.add(button("button.keep-answer", IntakePayloads.SKIP));
        } else if (step.optional() && step != IntakeStep.MONEY) {
            buttons.add(button("button.skip", IntakePayloads.SKIP));
        }
        if (!at.fromSummary() && step != IntakeStep.KIND) {
            buttons.add(button("button.back", IntakePayloads.BACK));
        }
        buttons.add(cancelButton());
        return Turn.of(step.decision(), turn.next(at),
                new Reply(String.join("\n", lines), buttons, null, choices.isEmpty() ? null : String.join("\n", compact)));
    }

    Turn summary(ReportDraft draft, @Nullable String note, TurnContext turn) {
        String text = (note == null ? "" : note + "\n") + texts.get("report.summary", description.summary(draft), promises.summarySend());
        return Turn.of(TurnKind.REPORT_SUMMARY, turn.next(SUMMARY),
                new Reply(text, List.of(button("button.send", IntakePayloads.SEND), button("button.edit", IntakePayloads.EDIT),
                        button("button.back", IntakePayloads.BACK), cancelButton()), null));
    }

    /** "Sửa": which answer to change. */
    Turn editChoices(TurnContext turn) {
        List<Button> buttons = new ArrayList<>();
        for (IntakeStep step : IntakeStep.values()) {
            if (step != IntakeStep.SUMMARY && step != IntakeStep.MONEY_BANK) {
                buttons.add(new Button(texts.get("report.edit." + step.name()), IntakePayloads.edit(step)));
            }
        }
        buttons.add(button("button.back", IntakePayloads.SUMMARY));
        return Turn.of(TurnKind.REPORT_EDIT, turn.next(SUMMARY),
                new Reply(texts.get("report.edit"), buttons, null));
    }

    /** The reference code, where the report is now, and a call back promised only to who left a number. */
    Turn submitted(SubmittedReport report, ReportDraft draft, TurnContext turn) {
        String callback = draft.answers().callbackPhone() == null || draft.answers().callbackPhone().isBlank() ? "report.submitted.no-callback"
                : "report.submitted.callback";
        String text = texts.get("report.submitted", report.reference().value(), promises.whereSubmitted(), texts.get(callback));
        return Turn.of(TurnKind.REPORT_SUBMITTED, turn.next(Step.IDLE),
                new Reply(text, List.of(menu.contactsButton(), menu.menuButton()), null));
    }

    /** "Gửi" again once the report is filed: the same code, nothing filed twice. */
    Turn alreadySubmitted(SubmittedReport report, TurnContext turn) {
        return Turn.of(TurnKind.REPORT_SHOWN_AGAIN, turn.next(Step.IDLE),
                new Reply(texts.get("report.already-submitted", report.reference().value()),
                        List.of(menu.contactsButton(), menu.menuButton()), null));
    }

    Turn notSent(TurnContext turn) {
        return Turn.of(TurnKind.REPORT_FAILED, turn.next(SUMMARY),
                new Reply(texts.get("report.not-sent"), List.of(button("button.send", IntakePayloads.SEND), cancelButton()), null));
    }

    Turn cancelled(TurnContext turn) {
        return Turn.of(TurnKind.REPORT_CANCELLED, turn.next(Step.IDLE),
                new Reply(texts.get("report.cancelled"), menu.mainMenu(), null));
    }

    /** A button of the intake pressed when there is no draft any more (sent, cancelled, deleted or expired). */
    Turn noDraft(TurnContext turn) {
        return Turn.of(TurnKind.REPORT_CANCELLED, turn.next(Step.IDLE),
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
