package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.List;

import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.ReportReader;
import vn.anm.assistant.report.ReportReaders;

/**
 * What the chat may promise about a report, from who really reads it ({@link ReportReaders}, asked on
 * every use): the receiver named in the consent, the summary and the confirmation, or the officers of the
 * operator in the console; and whether the intake is offered at all.
 */
final class ReportPromises {

    private final ReportReaders readers;
    private final ReplyTexts texts;
    private final String operator;

    ReportPromises(ReportReaders readers, ReplyTexts texts, String operator) {
        this.readers = readers;
        this.texts = texts;
        this.operator = operator;
    }

    /** Without anybody to read it, the chat does not take a report: it explains how to report instead. */
    boolean intakeOffered() {
        return readers.current().anyone();
    }

    /** Who runs the assistant, as the texts name it. */
    String operator() {
        return operator;
    }

    /** The consent's lines on purpose, receiver, retention and rights. */
    List<String> consentTerms(long retentionDays, long draftDays) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("report.consent.intro"));
        lines.add(texts.get("report.consent.sensitive"));
        ReportReader reader = readers.current();
        if (reader instanceof ReportReader.Forwarded forwarded) {
            lines.add(texts.get("report.consent.purpose.forwarded", receiver(forwarded)));
        } else {
            lines.add(texts.get("report.consent.purpose.console", operator));
        }
        lines.add(texts.get("report.consent.retention", retentionDays, draftDays));
        lines.add(texts.get("report.consent.rights", operator));
        if (reader instanceof ReportReader.Forwarded forwarded) {
            lines.add(texts.get("report.consent.copy", receiver(forwarded)));
        }
        lines.add(texts.get("report.consent.question"));
        return lines;
    }

    /** The summary's last line: where "Gửi" sends the report. */
    String summarySend() {
        return readers.current() instanceof ReportReader.Forwarded forwarded
                ? texts.get("report.summary.send.forwarded", receiver(forwarded))
                : texts.get("report.summary.send.console", operator);
    }

    /** The confirmation's line on where the report is now. */
    String whereSubmitted() {
        return readers.current() instanceof ReportReader.Forwarded forwarded
                ? texts.get("report.submitted.forwarded", receiver(forwarded))
                : texts.get("report.submitted.console", operator);
    }

    private String receiver(ReportReader.Forwarded forwarded) {
        String name = forwarded.receiver();
        return name != null ? name : texts.get("report.receiver.unnamed", operator);
    }
}
