package vn.anm.assistant.scamcheck.recognition;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.ItemKind;

/**
 * Finds the items of a message: links (with or without scheme, defanged, spelled with spaces or "chấm"), Zalo and
 * Facebook profile links, bank account numbers (6–19 digits with "stk", "số tài khoản" or a bank's name near them)
 * and phone numbers in any usual spelling (libphonenumber, Vietnam by default). Reads only the text.
 */
public final class ItemRecognizer {

    public static final int MAX_ITEMS = 5;

    private static final Pattern SCHEME_URL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:https?|ftp)://[^\\s<>\"'“”‘’`]{1,2000}");
    /** A bare domain: labels of letters, digits and hyphens (any script), a final label of letters, optional port and path. */
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._/:%-])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62})?\\.){1,12}(?:[\\p{L}]{2,63}|xn--[a-z0-9-]{2,59}))(?::\\d{1,5})?(?:/[^\\s<>\"'“”‘’`]{0,2000})?(?![\\p{L}\\p{N}@-])");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]}>…]+$");
    /** A run of 6–19 digits, maybe grouped by single spaces or hyphens (never dots: "15.000.000" is money). */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\p{N}\\p{L}.,+])\\d(?:[ -]?\\d){5,18}(?![\\p{N}\\p{L}]|[.,]\\d)");
    private static final Pattern ACCOUNT_WORDS = Pattern.compile("(?<![a-z])(?:stk|so tk|so tai khoan|tai khoan|tk|acc|account|chuyen khoan|ck|chuyen vao)(?![a-z])");
    private static final Pattern PHONE_SHAPED = Pattern.compile("0[35789]\\d{8}|84[35789]\\d{8}|02\\d{9}");
    private static final Pattern PHONE_WORDS = Pattern.compile("(?<![a-z])(?:sdt|so dien thoai|dien thoai|dt|goi|so may|hotline|zalo|nhan tin|sim)(?![a-z])");
    private static final Set<String> PROFILE_HOSTS = Set.of("zalo.me", "facebook.com", "fb.com", "fb.me", "m.me");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final BankDirectory banks;

    public ItemRecognizer(BankDirectory banks) {
        this.banks = banks;
    }

    public List<CheckedItem> recognise(String message) {
        if (message.isEmpty() || !MessageText.mayHoldItems(message)) {
            return List.of();
        }
        String text = MessageText.prepare(message.length() > 5000 ? message.substring(0, 5000) : message);
        Map<String, Found> found = new LinkedHashMap<>();
        BitSet taken = new BitSet(text.length());
        links(text, found, taken);
        String folded = Folding.fold(text);
        if (folded.length() != text.length()) { // offsets must line up with the text
            folded = text.toLowerCase(Locale.ROOT);
        }
        accounts(text, folded, found, taken);
        phones(text, found, taken);
        return found.values().stream().sorted(java.util.Comparator.comparingInt(Found::at)).limit(MAX_ITEMS).map(Found::item).toList();
    }

    private void links(String text, Map<String, Found> found, BitSet taken) {
        Matcher m = SCHEME_URL.matcher(text);
        while (m.find() && found.size() < 20) {
            String written = TRAILING.matcher(m.group()).replaceAll("");
            ParsedUrl.parse(written).ifPresent(url -> add(found, link(url), m.start()));
            taken.set(m.start(), m.end());
        }
        Matcher b = BARE_DOMAIN.matcher(text);
        while (b.find() && found.size() < 20) {
            if (taken.get(b.start())) {
                continue;
            }
            String written = TRAILING.matcher(b.group()).replaceAll("");
            Optional<ParsedUrl> url = ParsedUrl.parse(written);
            if (url.isPresent() && plausibleBare(url.get())) {
                add(found, link(url.get()), b.start());
                taken.set(b.start(), b.end());
            }
        }
    }

    /** A bare "word.word" is a domain only with a real public suffix and, for numbers and single letters, more evidence. */
    private static boolean plausibleBare(ParsedUrl url) {
        if (url.ipLiteral() || url.registrable() == null) {
            return false;
        }
        String own = url.ownLabel();
        return own.length() >= 2 && !own.chars().allMatch(Character::isDigit);
    }

    private static CheckedItem link(ParsedUrl url) {
        String host = url.asciiHost().startsWith("www.") ? url.asciiHost().substring(4) : url.asciiHost();
        String key = url.key();
        int slash = key.indexOf('/');
        String path = slash < 0 ? "" : key.substring(slash);
        if (PROFILE_HOSTS.contains(host) || host.equals("m.facebook.com") || host.equals("web.facebook.com")) {
            String first = path.replaceFirst("^/", "").replaceFirst("/.*$", "");
            if (!first.isEmpty() && !first.equals("login") && !first.equals("share") && !first.startsWith("login.php")) {
                String platform = host.contains("zalo") ? "zalo.me" : "facebook.com";
                String value = platform + "/" + first;
                return new CheckedItem(ItemKind.PROFILE, value, defang(value), null, url.written());
            }
        }
        return new CheckedItem(ItemKind.URL, key, defang(key), null, url.written());
    }

    /** Not clickable in any chat: "vietcombank-xacthuc[.]top/login". */
    public static String defang(String key) {
        int slash = key.indexOf('/');
        String host = slash < 0 ? key : key.substring(0, slash);
        String path = slash < 0 ? "" : key.substring(slash);
        if (path.length() > 40) {
            path = path.substring(0, 39) + "…";
        }
        return host.replace(".", "[.]") + path;
    }

    private void accounts(String text, String folded, Map<String, Found> found, BitSet taken) {
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find() && found.size() < 20) {
            if (taken.get(m.start())) {
                continue;
            }
            String digits = m.group().replaceAll("\\D", "");
            // the words before the number decide ("stk …" vs "gọi …"); a bank's name may also follow it closely
            String before = folded.substring(Math.max(0, m.start() - 30), Math.min(folded.length(), m.start()));
            String after = folded.substring(Math.min(folded.length(), m.end()), Math.min(folded.length(), m.end() + 20));
            int accountAt = last(ACCOUNT_WORDS, before);
            int phoneAt = last(PHONE_WORDS, before);
            Optional<String> bank = banks.find(before + " " + after);
            boolean phoneShaped = PHONE_SHAPED.matcher(digits).matches() || digits.matches("1[89]00\\d{4,6}");
            boolean account = accountAt > phoneAt || (bank.isPresent() && !phoneShaped && phoneAt < 0);
            if (account) {
                add(found, new CheckedItem(ItemKind.ACCOUNT, digits, maskAccount(digits), bank.orElse(null)), m.start());
                taken.set(m.start(), m.end());
            }
        }
    }

    private static int last(Pattern words, String text) {
        Matcher w = words.matcher(text);
        int at = -1;
        while (w.find()) {
            at = w.start();
        }
        return at;
    }

    private void phones(String text, Map<String, Found> found, BitSet taken) {
        if (digitCount(text) < 7) {
            return;
        }
        for (PhoneNumberMatch match : phones.findNumbers(text, "VN", PhoneNumberUtil.Leniency.VALID, 40)) {
            if (found.size() >= 20) {
                break;
            }
            if (taken.get(match.start()) || taken.get(match.end() - 1)) {
                continue;
            }
            PhoneNumber number = match.number();
            String value = value(number);
            add(found, new CheckedItem(ItemKind.PHONE, value, maskPhone(value), null), match.start());
            taken.set(match.start(), match.end());
        }
    }

    /** National digits for Vietnamese numbers ("0987654321"), E.164 for others ("+85512345678"). */
    public static String value(PhoneNumber number) {
        String national = String.valueOf(number.getNationalNumber());
        if (number.isItalianLeadingZero()) {
            national = "0".repeat(Math.max(1, number.getNumberOfLeadingZeros())) + national;
        }
        return number.getCountryCode() == 84 ? "0" + national : "+" + number.getCountryCode() + national;
    }

    /** The value of a phone number as written in a list ("+84 987 654 321" → "0987654321"); empty when it is none. */
    public Optional<String> phoneValue(String written) {
        try {
            PhoneNumber number = phones.parse(written, "VN");
            return phones.isValidNumber(number) || phones.isPossibleNumber(number) ? Optional.of(value(number)) : Optional.empty();
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return Optional.empty();
        }
    }

    public PhoneNumberUtil phoneNumbers() {
        return phones;
    }

    private static int digitCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** An item and where it was first written, so the verdicts come in the message's order. */
    private record Found(CheckedItem item, int at) {
    }

    private static void add(Map<String, Found> found, CheckedItem item, int at) {
        found.putIfAbsent(item.kind() + " " + item.value(), new Found(item, at));
    }

    /** "098****321": enough for the citizen to recognise, too little to copy. */
    public static String maskPhone(String value) {
        return ItemKind.PHONE.mask(value);
    }

    /** "****5678". */
    public static String maskAccount(String digits) {
        return ItemKind.ACCOUNT.mask(digits);
    }

    /** Digits of an account number as a list keeps it; empty when not 6–19 digits. */
    public static Optional<String> accountValue(String written) {
        String digits = written.replaceAll("[\\s.-]", "");
        return digits.matches("\\d{6,19}") ? Optional.of(digits) : Optional.empty();
    }

    /** The key of a link as a list keeps it, or of a profile; empty when it is no address. */
    public static Optional<CheckedItem> linkItem(String written) {
        String w = MessageText.prepare(written.strip());
        return ParsedUrl.parse(w).filter(u -> u.ipLiteral() || u.registrable() != null).map(ItemRecognizer::link);
    }

    static @Nullable String lower(@Nullable String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
