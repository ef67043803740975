package vn.anm.assistant.report;

import org.jspecify.annotations.Nullable;

/**
 * Who reads a submitted report, so the chat promises only what happens: forwarded to a named receiver,
 * read by officers in the console, or nobody (then the chat does not offer the intake at all).
 */
public sealed interface ReportReader {

    /** Whether anybody reads a report submitted now. */
    default boolean anyone() {
        return !(this instanceof NoReader);
    }

    /**
     * Reports leave by e-mail or webhook.
     *
     * @param receiver how the citizen should hear the receiver named ({@code ANM_REPORT_RECEIVER_NAME}), or
     *                 null when the operator did not name it
     */
    record Forwarded(@Nullable String receiver) implements ReportReader {
    }

    /** No destination, but officers read reports in the console. */
    record ReadInConsole() implements ReportReader {
    }

    /** No destination and no officer: a report would only sit in the database. */
    record NoReader() implements ReportReader {
    }
}
