package vn.anm.assistant.scamcheck.signs;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Signs a phone number shows by itself: a foreign number (more so when its digits are arranged to look like a
 * Vietnamese one), a premium-rate 1900 number, a number type scammers favour (satellite, shared-cost).
 */
public final class PhoneSigns {

    private final PhoneNumberUtil util;

    public PhoneSigns(PhoneNumberUtil util) {
        this.util = util;
    }

    /** {@code value}: national digits for Vietnam ("0987654321"), E.164 otherwise. */
    public List<Sign> signs(String value) {
        List<Sign> signs = new ArrayList<>();
        PhoneNumber number;
        try {
            number = util.parse(value, "VN");
        } catch (NumberParseException e) {
            return signs;
        }
        if (number.getCountryCode() != 84) {
            String region = util.getRegionCodeForNumber(number);
            String national = String.valueOf(number.getNationalNumber());
            boolean looksLocal = national.matches("(?:[35789]\\d{8}|0[35789]\\d{7,8}|84\\d{7,9})") || String.valueOf(number.getCountryCode()).startsWith("8");
            signs.add(Sign.strong("là số nước ngoài (mã +" + number.getCountryCode() + (region == null || region.equals("ZZ") ? "" : ", " + region) + ")"
                    + (looksLocal ? " được viết cho giống số Việt Nam" : "") + " — cơ quan, ngân hàng trong nước không gọi bằng số nước ngoài"));
            return signs;
        }
        String digits = value.replaceAll("\\D", "");
        PhoneNumberUtil.PhoneNumberType type = util.getNumberType(number);
        if (digits.startsWith("1900") || type == PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE) {
            signs.add(Sign.strong("đầu số 1900 là số tính cước cao; kẻ gian hay dùng số kiểu này giả làm tổng đài"));
        } else if (type == PhoneNumberUtil.PhoneNumberType.SHARED_COST || type == PhoneNumberUtil.PhoneNumberType.UAN) {
            signs.add(Sign.weak("là đầu số dịch vụ, không phải số di động hay số cố định thường"));
        }
        return signs;
    }
}
