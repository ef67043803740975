package vn.anm.assistant.conversation.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.TextFolding;
import vn.anm.assistant.report.ContactChannel;
import vn.anm.assistant.report.IncidentKind;
import vn.anm.assistant.report.MoneyLost;
import vn.anm.assistant.report.ReportDraft;

/**
 * Puts an answer into the draft: a pressed choice, a typed number picking one, or the words as typed.
 * Empty when the answer cannot be used (a call-back number without a phone number in it).
 */
final class IntakeAnswers {

    private static final Pattern NUMBER = Pattern.compile("\\s*(?:số\\s*)?(\\d{1,2})\\s*[.)]?\\s*");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+84|84|0)(?:[\\s.-]?\\d){8,10}(?![\\d])");

    private final CounterpartReader counterparts;
    private final MoneyReader money;
    private final BankNames banks;
    private final ReplyTexts texts;

    IntakeAnswers(CounterpartReader counterparts, MoneyReader money, BankNames banks, ReplyTexts texts) {
        this.counterparts = counterparts;
        this.money = money;
        this.banks = banks;
        this.texts = texts;
    }

    /** A pressed choice ({@code report:choice:ZALO}) for the kind or contact question. */
    Optional<ReportDraft> choice(IntakeStep step, String value, ReportDraft draft) {
        try {
            return switch (step) {
                case KIND -> Optional.of(draft.withKind(IncidentKind.valueOf(value)));
                case CONTACT -> Optional.of(draft.withContactChannel(ContactChannel.valueOf(value)));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    Optional<ReportDraft> typed(IntakeStep step, String text, ReportDraft draft) {
        String answer = text.strip();
        return switch (step) {
            case KIND -> Optional.of(kind(answer, draft));
            case WHEN -> Optional.of(draft.withOccurredWhen(answer));
            case CONTACT -> Optional.of(draft.withContactChannel(contact(answer)));
            case COUNTERPART -> Optional.of(draft.withCounterpart(counterparts.read(answer)));
            case MONEY -> Optional.of(draft.withMoneyLost(money.read(answer)));
            case MONEY_BANK -> Optional.of(moneyBank(answer, draft));
            case COMMUNE -> Optional.of(draft.withCommune(answer));
            case PHONE -> phone(answer).map(draft::withCallbackPhone);
            case NOTES -> Optional.of(draft.withNotes(answer));
            case SUMMARY -> Optional.empty();
        };
    }

    private ReportDraft kind(String answer, ReportDraft draft) {
        IncidentKind[] kinds = IncidentKind.values();
        Optional<Integer> picked = pick(answer, kinds.length);
        if (picked.isPresent()) {
            return draft.withKind(kinds[picked.get()]);
        }
        String folded = TextFolding.fold(answer);
        for (IncidentKind kind : kinds) {
            if (folded.equals(TextFolding.fold(texts.get("report.kind." + kind + ".button")))) {
                return draft.withKind(kind);
            }
        }
        return draft.withWhatHappened(answer); // told in their own words
    }

    private ContactChannel contact(String answer) {
        ContactChannel[] channels = ContactChannel.values();
        Optional<Integer> picked = pick(answer, channels.length);
        if (picked.isPresent()) {
            return channels[picked.get()];
        }
        String folded = " " + TextFolding.fold(answer) + " ";
        for (ContactChannel channel : channels) {
            for (String word : texts.get("report.contact." + channel + ".words").split(",")) {
                if (!word.isBlank() && folded.contains(" " + TextFolding.fold(word) + " ")) {
                    return channel;
                }
            }
        }
        return ContactChannel.OTHER;
    }

    private ReportDraft moneyBank(String answer, ReportDraft draft) {
        MoneyLost lost = draft.moneyLost();
        if (lost == null) {
            return draft;
        }
        return draft.withMoneyLost(new MoneyLost(lost.asTold(), lost.amountDong(), banks.find(answer).orElse(answer)));
    }

    private static Optional<String> phone(String answer) {
        Matcher phone = PHONE.matcher(answer);
        return phone.find() ? Optional.of(phone.group().replaceAll("[\\s.-]", "")) : Optional.empty();
    }

    /** "2", "số 2", "2." picking the second of {@code size} choices (zero-based). */
    private static Optional<Integer> pick(String answer, int size) {
        Matcher number = NUMBER.matcher(answer);
        if (number.matches()) {
            int index = Integer.parseInt(number.group(1)) - 1;
            if (index >= 0 && index < size) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
