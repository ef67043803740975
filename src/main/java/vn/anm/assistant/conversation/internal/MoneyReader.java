package vn.anm.assistant.conversation.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.report.MoneyLost;

/**
 * Reads "khoảng 50 triệu", "5.000.000đ", "1,5 tỷ", "500k" into đồng when it can; the words as told are
 * always kept, and the bank named in the same message, if any.
 */
final class MoneyReader {

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)*)\\s*(tỷ|tỉ|ty|ti|triệu|trieu|tr|củ|cu|nghìn|nghin|ngàn|ngan|k|đồng|dong|đ|d|vnd)?(?![\\p{L}\\d])");

    private final BankNames banks;

    MoneyReader(BankNames banks) {
        this.banks = banks;
    }

    MoneyLost read(String text) {
        return new MoneyLost(text.strip(), amountDong(text), banks.find(text).orElse(null));
    }

    static @Nullable Long amountDong(String text) {
        Matcher m = AMOUNT.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        String number = m.group(1);
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        long multiplier = switch (unit) {
            case "tỷ", "tỉ", "ty", "ti" -> 1_000_000_000L;
            case "triệu", "trieu", "tr", "củ", "cu" -> 1_000_000L;
            case "nghìn", "nghin", "ngàn", "ngan", "k" -> 1_000L;
            default -> 1L;
        };
        try {
            BigDecimal value;
            if (multiplier == 1L || number.matches("\\d{1,3}([.,]\\d{3})+")) {
                value = new BigDecimal(number.replaceAll("[.,]", "")); // 5.000.000 is five million
            } else {
                value = new BigDecimal(number.replace(',', '.')); // 1,5 tỷ is one and a half billion
            }
            return value.multiply(BigDecimal.valueOf(multiplier)).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
