package vn.anm.assistant.moderation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What an account name and a new password must be, with the Vietnamese words for what is wrong. */
public final class AccountRules {

    public static final String USERNAME = "[a-z0-9._-]{3,64}";
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    private static final Set<String> COMMON = Set.of("123456789012", "matkhau12345", "password1234", "qwertyuiop12", "admin1234567",
            "abc123456789", "111111111111", "anninhmang123");

    private AccountRules() {
    }

    public static List<String> passwordProblems(String username, String password, String confirmation) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD) {
            problems.add("Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự (một câu ngắn dễ nhớ là tốt nhất).");
        }
        if (length > MAX_PASSWORD) {
            problems.add("Mật khẩu dài quá (tối đa " + MAX_PASSWORD + " ký tự).");
        }
        if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Mật khẩu không được chứa tên đăng nhập.");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || password.chars().distinct().count() < 4) {
            problems.add("Mật khẩu này quá dễ đoán; hãy chọn mật khẩu khác.");
        }
        if (!password.equals(confirmation)) {
            problems.add("Hai lần nhập mật khẩu mới không giống nhau.");
        }
        return problems;
    }
}
