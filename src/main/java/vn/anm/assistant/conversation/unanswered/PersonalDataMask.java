package vn.anm.assistant.conversation.unanswered;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides what identifies a person in a message before it is kept for moderators: e-mail addresses,
 * Vietnamese phone numbers (0…, +84…, with spaces, dots or hyphens) and bank-account or card numbers
 * (6 or more digits, possibly grouped by spaces or hyphens). Amounts written with dots
 * ("20.000.000 đ") and short numbers (113, 2025) stay.
 */
public final class PersonalDataMask {

    static final String EMAIL_LABEL = "[email]";
    static final String PHONE_LABEL = "[số điện thoại]";
    static final String ACCOUNT_LABEL = "[số tài khoản]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{N}\\p{L}])\\+?\\d+(?:[ .-]\\d{2,})*(?![\\p{N}\\p{L}])");
    private static final Pattern SERVICE_NUMBER = Pattern.compile("1[89]00\\d{4}");

    public String mask(String text) {
        String withoutEmails = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL_LABEL));
        Matcher m = NUMBER.matcher(withoutEmails);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(String number) {
        String digits = number.replaceAll("\\D", "");
        boolean phone = (digits.startsWith("0") && digits.length() >= 10 && digits.length() <= 11)
                || (digits.startsWith("84") && digits.length() >= 11 && digits.length() <= 12
                        && (number.startsWith("+") || number.startsWith("84")));
        if (phone) {
            return PHONE_LABEL;
        }
        if (digits.length() < 6 || number.contains(".") || SERVICE_NUMBER.matcher(digits).matches()) {
            return number;
        }
        return ACCOUNT_LABEL;
    }
}
