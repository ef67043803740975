package vn.anm.assistant.conversation.internal;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.Button;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.ReportLookup;
import vn.anm.assistant.report.ReportReference;

/**
 * "tra cứu LS-20261129-0042" (or the code alone, or "tình trạng tin báo LS-…"): the report's status, only to the
 * channel account that filed it, with no personal data; anything else goes to the conversation unchanged. A report
 * filed by someone else and a report that does not exist get the same answer, so codes cannot be probed.
 */
final class ReportStatusConversation implements Conversation {

    static final String DECISION = "REPORT_STATUS";
    private static final Pattern CODE = Pattern.compile("(?i)\\bLS-(\\d{8})-(\\d{4,})\\b");
    private static final Pattern ASKS = Pattern.compile("(?i)^\\s*(?:(?:tra\\s*cuu|kiem\\s*tra|tinh\\s*trang|trang\\s*thai|xem)"
            + "(?:\\s+(?:tin\\s*bao|bao\\s*cao|ma))?\\s*:?\\s*)?LS-\\d{8}-\\d{4,}\\s*[?.!]*\\s*$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Conversation conversation;
    private final ReportLookup lookup;
    private final ReplyTexts texts;
    private final ZoneId zone;

    ReportStatusConversation(Conversation conversation, ReportLookup lookup, ReplyTexts texts, ZoneId zone) {
        this.conversation = conversation;
        this.lookup = lookup;
        this.texts = texts;
        this.zone = zone;
    }

    @Override
    public Mono<ConversationReply> handle(InboundMessage message) {
        String text = message.text();
        if (text == null || message.payload() != null || !ASKS.matcher(fold(text)).matches()) {
            return conversation.handle(message);
        }
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            return conversation.handle(message);
        }
        ReportReference reference = new ReportReference("LS-" + code.group(1) + "-" + code.group(2));
        List<Button> buttons = List.of(new Button(texts.get("button.menu"), Payloads.MENU));
        return lookup.statusFor(IntakeReportFlow.reporter(message), reference)
                .map(status -> texts.get("lookup.found", reference.value(), SHOWN.format(status.submittedAt().atZone(zone)),
                        status.caseStatus().label(), SHOWN.format(status.changedAt().atZone(zone)),
                        texts.get("lookup.meaning." + status.caseStatus().name())))
                .defaultIfEmpty(texts.get("lookup.missing", reference.value()))
                .map(reply -> new ConversationReply(List.of(new Reply(reply, buttons, null)), DECISION, null));
    }

    /** Without diacritics and đ, lower case: "Tra cứu" and "tra cuu" read the same. */
    static String fold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return nfd.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
