package vn.anm.assistant.report;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A report being told one answer at a time. Every answer is optional except that, to submit, the
 * person must have consented and said what happened ({@link IncidentAnswers#saysWhatHappened()}).
 * Immutable; the store stamps {@code updatedAt} when it saves the draft. {@link #toString()} shows no personal data.
 * Stored as flat JSON (the answers beside the reporter), as drafts and reports were stored before.
 *
 * @param reporter  who is telling it, in which channel
 * @param consentAt when they answered "Đồng ý" to the consent text
 * @param answers   what they told so far
 * @param updatedAt when the draft was last saved
 */
public record ReportDraft(Reporter reporter, Instant consentAt, @JsonUnwrapped IncidentAnswers answers, Instant updatedAt) {

    public ReportDraft {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(consentAt, "consentAt");
        answers = answers == null ? IncidentAnswers.NONE : answers;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A fresh draft right after the person consented. */
    public static ReportDraft start(Reporter reporter, Instant consentAt) {
        return new ReportDraft(reporter, consentAt, IncidentAnswers.NONE, consentAt);
    }

    public boolean saysWhatHappened() {
        return answers.saysWhatHappened();
    }

    /** The draft with some answers changed ({@code draft.change(a -> a.commune = "Xã Quảng Phú")}). */
    public ReportDraft change(Consumer<IncidentAnswers.Change> change) {
        return new ReportDraft(reporter, consentAt, answers.change(change), updatedAt);
    }

    /** The draft as saved at {@code at} (the store's clock). */
    public ReportDraft savedAt(Instant at) {
        return new ReportDraft(reporter, consentAt, answers, at);
    }

    @Override
    public String toString() {
        return "ReportDraft[" + reporter + ", " + answers + ", updatedAt=" + updatedAt + "]";
    }
}
