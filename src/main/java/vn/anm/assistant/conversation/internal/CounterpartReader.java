package vn.anm.assistant.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.report.Counterpart;

/**
 * Reads what a person typed about the other side ("0912 345 678, zalo Nguyễn Văn A, stk 1903123456
 * Techcombank") into phone numbers, links, a bank account and its bank; what is left (names of
 * accounts, pages) is kept as told.
 */
final class CounterpartReader {

    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+84|84|0)(?:[\\s.-]?\\d){8,10}(?![\\d])");
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:vn|com|net|org|top|xyz|info|online|site|shop|club|cc|io|me|app|live|vip|link)\\b(?:/\\S*)?");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d])\\d(?:[\\s.-]?\\d){5,18}(?![\\d])");
    private static final Pattern LABELS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:số điện thoại|sđt|sdt|đt|số tài khoản|stk|tài khoản|tk|ngân hàng|nh|link|đường link|trang web|web|fb|zalo|facebook|tên|số|và|va)(?![\\p{L}\\d])[:]?");

    private final BankNames banks;

    CounterpartReader(BankNames banks) {
        this.banks = banks;
    }

    Counterpart read(String text) {
        String rest = text;
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(rest);
        while (link.find()) {
            links.add(link.group().replaceAll("[.,;)]+$", ""));
        }
        rest = LINK.matcher(rest).replaceAll(" ");
        List<String> phones = new ArrayList<>();
        Matcher phone = PHONE.matcher(rest);
        while (phone.find()) {
            phones.add(phone.group().replaceAll("[\\s.-]", ""));
        }
        rest = PHONE.matcher(rest).replaceAll(" ");
        String bankAccount = null;
        Matcher digits = DIGITS.matcher(rest);
        if (digits.find()) {
            bankAccount = digits.group().replaceAll("[\\s.-]", "");
            rest = rest.substring(0, digits.start()) + " " + rest.substring(digits.end());
        }
        @Nullable String bank = banks.find(rest).orElse(null);
        if (bank != null) {
            rest = banks.without(rest);
        }
        String names = LABELS.matcher(rest).replaceAll(" ").replaceAll("[\\s,;:.\\-]+", " ").strip();
        List<String> accountNames = names.isEmpty() ? List.of() : List.of(names);
        return new Counterpart(phones, links, accountNames, bankAccount, bank);
    }
}
