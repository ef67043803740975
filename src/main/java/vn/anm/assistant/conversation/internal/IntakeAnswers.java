package vn.anm.assistant.conversation.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.Words;
import vn.anm.assistant.conversation.state.IntakeStep;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.TextFolding;
import vn.anm.assistant.report.ContactChannel;
import vn.anm.assistant.report.IncidentKind;
import vn.anm.assistant.report.MoneyLost;
import vn.anm.assistant.report.ReportDraft;

/**
 * Puts an answer into the draft: a pressed choice, a typed number picking one, or the words as typed.
 * Empty when the answer cannot be used, and the question is asked again politely: an amount without a
 * number, a bank that is not one, a commune that is neither a unit of the province nor written as
 * "xã/phường …", a call-back number without a phone number in it.
 */
final class IntakeAnswers {

    private static final Pattern NUMBER = Pattern.compile("\\s*(?:số\\s*)?(\\d{1,2})\\s*[.)]?\\s*");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+84|84|0)(?:[\\s.-]?\\d){8,10}(?![\\d])");

    /** Words of an amount written out ("năm trăm nghìn", "hai triệu"): an amount without a digit. */
    private static final Pattern AMOUNT_WORDS = Pattern.compile("(?:^| )(trieu|ty|nghin|ngan|tram|dong|cu|vnd|usd|usdt)(?: |$)");
    /** A bank not on the list, or an e-wallet, named as such ("ngân hàng Bản Việt", "ví MoMo"). */
    private static final Pattern BANK_WORDS = Pattern.compile(
            "(?:^| )(ngan hang|bank|nh|vi dien tu|vi|momo|zalopay|zalo pay|viettel money|viettelpay|shopeepay|vnpay)(?: |$)");
    /**
     * A place written with its kind ("xã Quảng Phú", "phường Đông Vệ, Thanh Hóa"), of this province or another; not
     * "bản", "tổ", "ấp": folded, they are also "bạn", "to", "áp".
     */
    private static final Pattern PLACE_WORDS = Pattern.compile(
            "(?:^| )(xa|phuong|thi tran|tt|huyen|quan|thanh pho|tp|tinh|thon|khu|khoi|xom|lang son)(?: |$)");
    /** The same with diacritics, for text that has them: "xa" alone could be "xa" (far), "tinh" "tình". */
    private static final Pattern PLACE_WORDS_WRITTEN = Pattern.compile(
            "(?<!\\p{L})(xã|phường|thị trấn|tt|huyện|quận|thành phố|tp|tỉnh|thôn|khu|khối|xóm|lạng sơn)(?!\\p{L})");

    private final CounterpartReader counterparts;
    private final MoneyReader money;
    private final BankNames banks;
    private final CommuneNames communes;
    private final ReplyTexts texts;
    private final PhraseMatcher words;

    IntakeAnswers(CounterpartReader counterparts, MoneyReader money, BankNames banks, CommuneNames communes, ReplyTexts texts,
            PhraseMatcher words) {
        this.words = words;
        this.counterparts = counterparts;
        this.money = money;
        this.banks = banks;
        this.communes = communes;
        this.texts = texts;
    }

    /** A pressed choice ({@code report:choice:ZALO}) for the kind or contact question. */
    Optional<ReportDraft> choice(IntakeStep step, String value, ReportDraft draft) {
        try {
            return switch (step) {
                case KIND -> Optional.of(draft.change(a -> a.kind = IncidentKind.valueOf(value)));
                case CONTACT -> Optional.of(draft.change(a -> a.contactChannel = ContactChannel.valueOf(value)));
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
            case WHEN -> Optional.of(draft.change(a -> a.occurredWhen = answer));
            case CONTACT -> Optional.of(draft.change(a -> a.contactChannel = contact(answer)));
            case COUNTERPART -> Optional.of(draft.change(a -> a.counterpart = counterparts.read(answer)));
            case MONEY -> money(answer, draft);
            case MONEY_BANK -> bank(answer).map(bank -> moneyBank(bank, draft));
            case COMMUNE -> commune(answer).map(commune -> draft.change(a -> a.commune = commune));
            case PHONE -> phone(answer).map(phone -> draft.change(a -> a.callbackPhone = phone));
            case NOTES -> Optional.of(draft.change(a -> a.notes = answer));
            case SUMMARY -> Optional.empty();
        };
    }

    private ReportDraft kind(String answer, ReportDraft draft) {
        IncidentKind[] kinds = IncidentKind.values();
        Optional<Integer> picked = pick(answer, kinds.length);
        if (picked.isPresent()) {
            return draft.change(a -> a.kind = kinds[picked.get()]);
        }
        String folded = TextFolding.fold(answer);
        for (IncidentKind kind : kinds) {
            if (folded.equals(TextFolding.fold(texts.get("report.kind." + kind + ".button")))) {
                return draft.change(a -> a.kind = kind);
            }
        }
        return draft.change(a -> a.whatHappened = answer); // told in their own words
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

    /**
     * An amount ("50 triệu, Vietcombank"), or "không mất tiền". A bank's name alone keeps the amount told
     * before and adds the bank (typed after "Quay lại"); anything else without a number is asked again.
     */
    private Optional<ReportDraft> money(String answer, ReportDraft draft) {
        if (words.says(Words.NO_MONEY, answer)) {
            return Optional.of(draft.change(a -> a.moneyLost = null));
        }
        String folded = TextFolding.fold(answer);
        boolean phoneOnly = PHONE.matcher(answer).find() && !AMOUNT_WORDS.matcher(folded).find();
        if ((answer.chars().anyMatch(Character::isDigit) || AMOUNT_WORDS.matcher(folded).find()) && !phoneOnly) {
            return Optional.of(draft.change(a -> a.moneyLost = money.read(answer)));
        }
        MoneyLost before = draft.answers().moneyLost();
        Optional<String> bank = banks.find(answer);
        if (before != null && bank.isPresent()) {
            return Optional.of(draft.change(a -> a.moneyLost = new MoneyLost(before.asTold(), before.amountDong(), bank.get())));
        }
        return Optional.empty();
    }

    /** A bank of the list (kept as the list writes it), or a bank or e-wallet named as such; never a place or a number. */
    private Optional<String> bank(String answer) {
        Optional<String> known = banks.find(answer);
        if (known.isPresent()) {
            return known;
        }
        String folded = TextFolding.fold(answer);
        return BANK_WORDS.matcher(folded).find() && !PHONE.matcher(answer).find() ? Optional.of(answer) : Optional.empty();
    }

    private static ReportDraft moneyBank(String bank, ReportDraft draft) {
        MoneyLost lost = draft.answers().moneyLost();
        if (lost == null) {
            return draft;
        }
        return draft.change(a -> a.moneyLost = new MoneyLost(lost.asTold(), lost.amountDong(), bank));
    }

    /**
     * A unit of the province, new or old name ("xã Chí Minh" is kept with "nay là Xã Thất Khê"), or a place
     * written with its kind (another province's "Phường Đông Vệ"). A phone number, a bank or a bare unknown
     * word is asked again.
     */
    private Optional<String> commune(String answer) {
        if (PHONE.matcher(answer).find() || answer.chars().filter(Character::isDigit).count() > 4) {
            return Optional.empty();
        }
        String folded = TextFolding.fold(answer);
        Optional<CommuneNames.Found> found = communes.find(answer);
        if (found.isPresent()) {
            String unit = found.get().unit().name();
            if (folded.equals(TextFolding.fold(unit)) || folded.equals(TextFolding.fold(unit).replaceFirst("^(xa|phuong) ", ""))) {
                return Optional.of(unit);
            }
            if (found.get().oldName().isPresent()) {
                return Optional.of(texts.get("report.commune.now", answer, unit));
            }
            return Optional.of(folded.contains(TextFolding.fold(unit)) ? answer : texts.get("report.commune.unit", answer, unit));
        }
        String written = Normalizer.normalize(answer, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        boolean place = diacritics(written) ? PLACE_WORDS_WRITTEN.matcher(written).find() : PLACE_WORDS.matcher(folded).find();
        if (place && banks.find(answer).isEmpty()) {
            return Optional.of(answer);
        }
        return Optional.empty();
    }

    private static boolean diacritics(String written) {
        return written.indexOf('đ') >= 0 || Normalizer.normalize(written, Normalizer.Form.NFD).chars()
                .anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
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
