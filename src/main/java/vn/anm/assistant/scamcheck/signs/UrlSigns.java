package vn.anm.assistant.scamcheck.signs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.anm.assistant.scamcheck.recognition.ParsedUrl;

/**
 * The signs a link shows by its text alone — nothing is ever fetched: an IP address for a name, "@" in front of
 * the real host, a shortener, an ending scam sites favour, a bank's or agency's name inside someone else's domain
 * or imitated by a typo or look-alike letters, "gov.vn" where it is not the ending, a long chain of sub-domains,
 * an app to install outside the stores, and pages that ask to log in or for an OTP.
 */
public final class UrlSigns {

    private static final Set<String> SHORTENERS = Set.of("bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "is.gd", "v.gd",
            "ow.ly", "cutt.ly", "rb.gy", "shorturl.at", "tiny.cc", "s.id", "rebrand.ly", "t.ly", "shorte.st", "adf.ly", "bom.so",
            "bit.do", "urlz.fr", "short.io", "tinylink.net", "x.gd", "surl.li", "shorturl.asia", "lnk.to", "qrco.de", "u.to", "clck.ru");
    /** Endings that cost almost nothing and that warnings name again and again. */
    private static final Set<String> CHEAP_ENDINGS = Set.of("top", "xyz", "icu", "cyou", "buzz", "sbs", "cfd", "monster", "click", "tk",
            "ml", "ga", "cf", "gq", "rest", "bond", "vip", "win", "loan", "quest", "lol", "mom", "bar", "work", "cam", "fit", "hair",
            "beauty", "autos", "boats", "skin", "makeup", "qpon", "zip", "mov", "pw", "casa", "uno", "club", "life", "live", "site",
            "online", "shop", "store", "fun", "space", "website", "asia", "cc", "su");
    private static final Set<String> USUAL_ENDINGS = Set.of("vn", "com.vn", "net.vn", "org.vn", "edu.vn", "gov.vn", "com", "net", "org");
    private static final Pattern DOWNLOAD = Pattern.compile("(?i)\\.(apk|xapk|apks|ipa|exe|msi|scr|bat|jar|dmg|pkg)(?:[?#].*)?$");
    private static final Pattern ASKING_PATH = Pattern.compile(
            "(?i)(?:^|[/_.=-])(login|log-in|signin|sign-in|dang-?nhap|xac-?thuc|xac-?minh|verify|verification|otp|update|cap-?nhat|khoa-?tai-?khoan|mo-?khoa|nhan-?qua|trung-?thuong|hoan-?tien|thanh-?toan|nop-?phat|phat-?nguoi|secure|account|tai-?khoan|kyc|ekyc)(?:$|[/_.?#=&-])");

    private final Brands brands;

    public UrlSigns(Brands brands) {
        this.brands = brands;
    }

    public List<Sign> signs(ParsedUrl url) {
        List<Sign> signs = new ArrayList<>();
        if (url.ipLiteral()) {
            signs.add(Sign.strong("địa chỉ là một dãy số (địa chỉ IP) thay cho tên trang — trang thật không làm vậy"));
        }
        if (url.userInfo() != null) {
            signs.add(Sign.strong("có dấu @ trong địa chỉ: phần đứng trước chỉ để đánh lừa, trang thật là phần sau dấu @"));
        }
        String registrable = url.registrable();
        String suffix = url.publicSuffix();
        if (registrable != null && suffix != null) {
            domainSigns(url, registrable, suffix, signs);
        }
        String path = url.path().toLowerCase(Locale.ROOT);
        if (DOWNLOAD.matcher(path.replaceFirst("[?#].*$", "")).find()) {
            signs.add(Sign.strong("là link tải tệp cài ứng dụng (" + extension(path) + ") ngoài kho ứng dụng chính thức — cài vào có thể mất quyền điều khiển điện thoại"));
        }
        if (ASKING_PATH.matcher(path).find()) {
            signs.add(Sign.weak("đường dẫn dẫn tới trang đòi đăng nhập, xác thực hoặc nhập mã OTP"));
        }
        if (url.port() > 0 && url.port() != 80 && url.port() != 443) {
            signs.add(Sign.weak("dùng cổng lạ (" + url.port() + ") sau tên trang"));
        }
        return signs;
    }

    private void domainSigns(ParsedUrl url, String registrable, String suffix, List<Sign> signs) {
        if (SHORTENERS.contains(registrable) || SHORTENERS.contains(url.asciiHost())) {
            signs.add(Sign.strong("là đường link rút gọn, che địa chỉ thật phía sau"));
            return;
        }
        String own = url.ownLabel();
        String host = url.host();
        if (registrable.startsWith("xn--") || host.chars().anyMatch(c -> c > 127) || own.contains("xn--")) {
            idnSigns(url, signs);
        }
        String sub = url.subdomain();
        String ending = suffix.contains(".") ? suffix.substring(suffix.lastIndexOf('.') + 1) : suffix;
        if (CHEAP_ENDINGS.contains(suffix) || CHEAP_ENDINGS.contains(ending)) {
            signs.add(Sign.strong("đuôi ." + suffix + " thường được dùng cho trang lừa đảo"));
        }
        // "dichvucong.gov.vn.xyz.top", "vietcombank.com.vn.secure-login.com": a known address placed in front of another domain
        String front = sub.replace('-', '.');
        if (!suffix.equals("gov.vn") && (front.contains("gov.vn") || front.endsWith("gov") || front.contains(".gov."))) {
            signs.add(Sign.strong("có chữ \"gov.vn\" nhưng không phải tên miền nhà nước: trang thật là " + registrable));
        } else if (!suffix.equals("gov.vn") && govInside(own)) {
            signs.add(Sign.strong("tên miền giả tên miền cơ quan nhà nước (.gov.vn) nhưng thực ra là " + registrable));
        }
        Optional<Brands.Brand> inSub = sub.isEmpty() ? Optional.empty() : labelsBrand(sub);
        if (inSub.isPresent()) {
            signs.add(Sign.strong("đặt tên " + inSub.get().name() + " ở phía trước để đánh lừa, nhưng trang thật là " + registrable));
        }
        brandSigns(own, suffix, signs);
        if (sub.chars().filter(c -> c == '.').count() >= 3) {
            signs.add(Sign.strong("có chuỗi tên miền phụ rất dài, kiểu hay dùng để che tên trang thật"));
        }
    }

    private static boolean govInside(String own) {
        for (String token : own.split("-")) {
            if (token.equals("gov") || token.equals("govvn") || token.endsWith("govvn") || token.startsWith("gov") && token.length() <= 5) {
                return true;
            }
        }
        return own.endsWith("gov") && own.length() > 3;
    }

    private Optional<Brands.Brand> labelsBrand(String sub) {
        for (String label : sub.split("[.-]")) {
            Optional<Brands.Match> m = brands.imitated(label);
            if (m.isPresent() && label.length() >= 3) {
                return Optional.of(m.get().brand());
            }
        }
        Optional<Brands.Brand> inside = brands.inside(sub.replace(".", "").replace("-", ""));
        return inside;
    }

    private void brandSigns(String own, String suffix, List<Sign> signs) {
        String[] tokens = own.split("-");
        for (String token : tokens) {
            Optional<Brands.Match> m = brands.imitated(token);
            if (m.isEmpty()) {
                continue;
            }
            Brands.Match match = m.get();
            if (!match.exact()) {
                signs.add(Sign.strong("tên miền nhái tên " + match.brand().name() + " (sai hoặc thay một vài chữ)"));
                return;
            }
            if (tokens.length > 1) {
                signs.add(Sign.strong("tên miền giả tên " + match.brand().name() + " (ghép thêm chữ vào tên thật)"));
                return;
            }
            if (!USUAL_ENDINGS.contains(suffix)) {
                signs.add(Sign.strong("mang tên " + match.brand().name() + " nhưng với đuôi ." + suffix + " lạ"));
            }
            return;
        }
        String joined = own.replace("-", "");
        Optional<Brands.Match> whole = brands.imitated(joined);
        if (whole.isPresent() && (!whole.get().exact() || tokens.length > 1)) {
            signs.add(Sign.strong("tên miền nhái tên " + whole.get().brand().name() + " (sai hoặc thay một vài chữ)"));
            return;
        }
        Optional<Brands.Brand> inside = brands.inside(joined);
        if (inside.isPresent() && (whole.isEmpty())) {
            signs.add(Sign.strong("tên miền giả tên " + inside.get().name() + " (ghép thêm chữ vào tên thật)"));
        }
    }

    private void idnSigns(ParsedUrl url, List<Sign> signs) {
        String unicode;
        try {
            unicode = java.net.IDN.toUnicode(url.asciiHost(), java.net.IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            unicode = url.host();
        }
        String own = unicode.split("\\.")[0];
        if (Homoglyphs.mixedScripts(unicode)) {
            signs.add(Sign.strong("tên miền trộn chữ của nhiều bảng chữ cái (chữ trông giống nhưng khác) để giả tên trang thật"));
            return;
        }
        for (String label : unicode.split("[.-]")) {
            String skeleton = Homoglyphs.skeleton(label);
            if (!skeleton.equals(label) && brands.imitated(skeleton).isPresent()) {
                signs.add(Sign.strong("tên miền dùng chữ trông giống để giả tên " + brands.imitated(skeleton).get().brand().name()));
                return;
            }
        }
        if (!own.isEmpty() && own.codePoints().anyMatch(c -> c > 0x24F)) {
            signs.add(Sign.weak("tên miền viết bằng ký tự quốc tế lạ"));
        }
    }

    private static String extension(String path) {
        var m = DOWNLOAD.matcher(path.replaceFirst("[?#].*$", ""));
        return m.find() ? "." + m.group(1) : "tệp cài đặt";
    }
}
