package vn.anm.assistant.conversation.internal;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.ReportLookup;
import vn.anm.assistant.report.ReportReference;

/**
 * "tra cứu LS-20261129-0042" (or the code alone, or "tình trạng tin báo LS-…"), anywhere — also inside the intake:
 * the report's status, only to the channel account that filed it, with no personal data; the conversation's state
 * is left as it was. A report filed by someone else and a report that does not exist get the same answer, so codes
 * cannot be probed.
 */
record ReportStatusHandler(ReportLookup lookup, ReplyTexts texts, ZoneId zone) implements TurnHandler {

    private static final Pattern CODE = Pattern.compile("(?i)\\bLS-(\\d{8})-(\\d{4,})\\b");
    private static final Pattern ASKS = Pattern.compile("(?i)^\\s*(?:(?:tra\\s*cuu|kiem\\s*tra|tinh\\s*trang|trang\\s*thai|xem)"
            + "(?:\\s+(?:tin\\s*bao|bao\\s*cao|ma))?\\s*:?\\s*)?LS-\\d{8}-\\d{4,}\\s*[?.!]*\\s*$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Override
    public Optional<Mono<Turn>> handle(TurnContext turn) {
        String text = turn.text();
        if (text == null || turn.message().payload() != null || !ASKS.matcher(fold(text)).matches()) {
            return Optional.empty();
        }
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            return Optional.empty();
        }
        ReportReference reference = new ReportReference("LS-" + code.group(1) + "-" + code.group(2));
        List<Button> buttons = List.of(new Button(texts.get("button.menu"), Payloads.MENU));
        return Optional.of(lookup.statusFor(IntakeReportFlow.reporter(turn.message()), reference)
                .map(status -> texts.get("lookup.found", reference.value(), SHOWN.format(status.submittedAt().atZone(zone)),
                        status.caseStatus().label(), SHOWN.format(status.changedAt().atZone(zone)),
                        texts.get("lookup.meaning." + status.caseStatus().name())))
                .defaultIfEmpty(texts.get("lookup.missing", reference.value()))
                .map(reply -> Turn.aside(TurnKind.REPORT_STATUS, turn.state(), List.of(new Reply(reply, buttons, null)))));
    }

    /** Without diacritics and đ, lower case, punctuation kept: "Tra cứu" and "tra cuu" read the same. */
    private static String fold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return nfd.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
