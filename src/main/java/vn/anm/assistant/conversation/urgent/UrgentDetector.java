package vn.anm.assistant.conversation.urgent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.anm.assistant.knowledge.TextFolding;

/**
 * Recognises, before any FAQ matching, a message saying that something bad has already happened: money
 * sent, an OTP or password given, a threat or blackmail, a child in danger or held by fake police
 * ("bắt cóc online"), an account taken over.
 * Works on the folded text (no diacritics), clause by clause, so it reads teencode and long stories
 * alike; a clause that is hypothetical or asks about the law ("nếu lỡ…", "làm sao để không bị…",
 * "bị phạt bao nhiêu") does not count. The rules are pinned by fixtures/conversation/urgent-messages.yaml.
 */
public final class UrgentDetector {

    private static final Pattern CLAUSES = Pattern.compile("[.!?;\\n]+");

    /** Clause-level vetoes: hypotheses, prevention, definitions and law questions. */
    private static final Pattern GUARD = rx(String.join("|",
            "\\bneu (?:\\w+ )?(?:bi|lo|da|vo tinh)\\b", "\\bkhi (?:\\w+ )?(?:bi|lo)\\b", "\\bgia su\\b",
            "\\b(?:lam (?:sao|the nao|cach nao)|cach) (?:de )?(?:khong|tranh|phong|chong|nhan biet|bao ve)",
            "\\b(?:lam (?:sao|the nao|cach nao)|cach) de (?:\\w+ ){1,3}(?:khong bi|tranh|phong|chong)\\b",
            "\\bde (?:khong|tranh) bi\\b", "\\b(?:tranh|phong|chong|phong tranh|phong ngua) bi\\b",
            "\\bco phai (?:la )?(?:lua|that)\\b", "\\bdau hieu\\b", "\\bla gi\\b", "\\bco bao gio\\b", "\\bco nen\\b",
            "\\bbi (?:phat|xu phat|xu l[iy])\\b", "\\bxu (?:phat|l[iy]) (?:the nao|ra sao|nhu the nao)\\b", "\\btoi gi\\b",
            "\\bdi tu\\b", "\\bbao nhieu nam\\b", "\\bnhieu nguoi\\b",
            "\\bco (?:the )?bi\\b(?: \\w+){1,8} (?:khong|ko|k)$",
            // "công an có bắt học sinh thuê phòng … không": how the authorities work, not something happening
            "\\bco (?:bao gio |hay )?(?:bat|ep|yeu cau|goi|lam viec)\\b(?: \\w+){1,12} (?:khong|ko|k|chua)$",
            "\\bnghe noi\\b"));

    private static final String GAP = "(?:(?!(?:khong|chua|ko|k|hok|dung|kg)\\b)\\w+ )";
    private static final String PAST = "(?:da|vua|moi|lo|trot|lo tay)";
    private static final String SUBJECT = "(?:toi|em|e|minh|tui|to|me toi|bo toi|ba toi|ong toi|vo toi|chong toi|me em|bo em|me minh|bo minh|nha toi)";
    private static final String MONEY = "(?:tien|phi|coc|\\d+ ?(?:trieu|tr|k|nghin|ngan|dong|d|cu|m)\\b|\\d+(?:trieu|tr|k|d)\\b|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|may) (?:trieu|chuc|tram))";
    private static final String STRONG_TRANSFER = "(?:chuyen khoan|chuyen tien|ck|nap tien|dat coc|bank tien)";
    private static final String TRANSFER = "(?:chuyen khoan|chuyen|ck|nap|gui|dong|coc|dat coc|bank)";
    private static final String SECRET = "(?:ma otp|otp|mat khau|mk|pass|password|ma xac thuc|ma xac nhan|so the|cvv|ma pin|ma bao mat)";
    private static final String GIVE = "(?:doc|dua|gui|cho|nhap|cung cap|khai|noi|dien|bao|chup|chia se)";
    private static final String ACCOUNT = "(?:tai khoan|tk|nick|nic|acc|facebook|fb|face|zalo|zl|email|gmail|mail|instagram|tiktok|telegram|messenger)";
    private static final String KID = "(?:con (?:toi|em|minh|tui|nha|gai|trai|be)|chau (?:toi|em|minh|gai|trai|nha|be)|be (?:nha|gai|trai)|con cua (?:toi|em|minh)|dua con|dua chau)";

    /** Something from a scam or a plea for help, needed beside a transfer so paying the electricity bill is not urgent. */
    private static final Pattern SCAM_CUE = rx(String.join("|",
            "\\blua\\b", "\\bscam", "\\bke gian\\b", "\\bdoi tuong\\b", "\\bnguoi la\\b", "\\bso la\\b", "\\bgia danh\\b",
            "\\bmao danh\\b", "\\bxung\\b", "\\brut\\b", "\\bchan\\b", "\\bblock\\b", "\\bmat lien lac\\b", "\\bkhong lien lac\\b",
            "\\bgoi (?:lai )?khong (?:duoc|dc)\\b", "\\bdoi them\\b", "\\bnap them\\b", "\\blay lai\\b", "\\bcuu\\b", "\\bgiup\\b",
            "\\bphai lam (?:sao|gi|j)\\b", "\\blam (?:sao|gi|j) (?:bay gio|bh|gio)\\b", "\\blm j\\b", "\\bhoang\\b", "\\bso qua\\b",
            "\\bnhiem vu\\b", "\\bsan\\b", "\\blink\\b", "\\bcong an\\b"));

    private static final Pattern SECRET_WORD = rx("\\b(?:otp|mat khau|mk|pass|ma)\\b");
    private static final Pattern IMAGE_WORD = rx("\\b(?:anh|clip|video|hinh|quay)\\b");

    private static final Map<UrgentKind, List<Pattern>> SIGNALS = Map.of(
            UrgentKind.CHILD_IN_DANGER, List.of(
                    rx("\\b" + KID + "\\b " + GAP + "{0,8}(?:bi|dang bi) " + GAP + "{0,5}(?:du|du do|doa|de doa|xam hai|bat coc|ep|tong tien|quay roi|bat nat|lam nhuc)\\b"),
                    rx("\\b" + KID + "\\b " + GAP + "{0,4}(?:mat lien lac|mat tich|bo nha|khong ve nha)\\b"),
                    rx("\\b(?:du|doa|ep) " + KID + "\\b")),
            UrgentKind.THREATENED, List.of(
                    rx("(?<!khong |ko )\\b(?:bi|dang bi) " + GAP + "{0,2}(?:de doa|doa|tong tien|khung bo|uy hiep|ep buoc)\\b"),
                    rx("\\b(?:doa|de doa|tong tien|doi) " + GAP + "{0,4}(?:tung|dang|phat tan|gui|dua|chia se|post|up) " + GAP + "{0,4}(?:anh|clip|video|hinh)"),
                    rx("\\b(?:goi|nhan tin) khung bo\\b"),
                    rx("\\b(?:de doa|doa) (?:se )?(?:giet|danh|chem|hai|bat coc)\\b"),
                    rx("\\b(?:bat|ep|yeu cau|bao) " + SUBJECT + " " + GAP + "{0,2}(?:khong duoc|ko duoc|dung) (?:tat may|cup may|noi voi ai|noi cho ai|bao ai)")),
            UrgentKind.ONLINE_KIDNAPPING, List.of(
                    rx("\\b(?:bi|dang bi|vua bi) (?:\\w+ )?bat coc\\b"),
                    rx("\\b(?:tien chuoc|doi chuoc)\\b|\\bchuoc (?:nguoi|con|chau|em|be)\\b"),
                    rx("\\b(?:dang giu|tam giu|bat giu) (?:con|chau|em|be)\\b"),
                    rx("\\b(?:con|chau|em|be) (?:\\w+ ){0,3}(?:bi|dang bi) (?:tam giu|bat giu|giu lai)\\b")),
            UrgentKind.MONEY_SENT, List.of(
                    rx("(?<!khong |chua |ko )\\bbi (?:lua )?(?:mat|rut|tru|lay|cuom|chiem doat) " + GAP + "{0,3}" + MONEY),
                    rx("(?<!khong |chua |ko )\\bbi lua (?:roi|r|chuyen|ck|mat|het)\\b"),
                    rx("\\b(?:mat|bay) (?:het |sach )?(?:tien|\\d+ ?(?:trieu|tr|k)\\b)"),
                    rx("\\bgiao dich " + GAP + "{0,4}(?:khong|ko|k) (?:lam|thuc hien)\\b")),
            UrgentKind.SECRET_GIVEN, List.of(
                    rx("\\b" + PAST + " " + GAP + "{0,4}" + GIVE + " " + GAP + "{0,4}" + SECRET + "\\b"),
                    rx("\\b(?:nhap|doc|dua|gui|cung cap) " + GAP + "{0,3}" + SECRET + " " + GAP + "{0,6}(?:roi|r)\\b")),
            UrgentKind.ACCOUNT_TAKEN, List.of(
                    rx("\\b" + ACCOUNT + " " + GAP + "{0,4}(?:bi|da bi|vua bi) " + GAP + "{0,2}(?:hack|chiem|chiem doat|chiem quyen|xam nhap|doi mat khau|doi mk|doi pass|dang nhap la)\\b"),
                    rx("(?<!khong |ko )\\b(?:mat|bay) (?:nick|nic|acc|tai khoan|tk|zalo|fb|facebook)\\b"),
                    rx("(?<!khong |ko )\\bbi (?:hack|chiem|chiem mat) (?:mat )?" + ACCOUNT + "\\b"),
                    rx("\\b(?:dien thoai|may) " + GAP + "{0,3}bi (?:dieu khien|chiem quyen)"),
                    rx("\\b(?:dang nhap|vao) lai " + GAP + "{0,3}sai mat khau\\b"),
                    rx("\\b(?:ai do|nguoi la|nguoi khac|ke gian|hacker|no) " + GAP + "{0,2}(?:da |vua )?(?:dang nhap|vao|chiem|hack) (?:vao )?" + ACCOUNT + "\\b")));

    /** Transfers need a scam cue; checked as their own family because the cue may sit in another clause. */
    private static final List<Pattern> TRANSFERS = List.of(
            rx("\\b" + PAST + " " + GAP + "{0,3}" + TRANSFER + " " + GAP + "{0,6}" + MONEY),
            rx("\\b" + PAST + " " + GAP + "{0,3}" + STRONG_TRANSFER + "\\b"),
            rx("\\b" + SUBJECT + " " + GAP + "{0,3}" + TRANSFER + " " + GAP + "{0,3}" + MONEY),
            rx("\\b" + STRONG_TRANSFER + " " + GAP + "{0,8}(?:roi|r|xong)\\b"),
            rx("\\b" + TRANSFER + " " + GAP + "{0,2}" + MONEY + " " + GAP + "{0,6}(?:roi|r|xong)\\b"),
            rx("\\b(?:khong|ko|k) (?:cho )?rut (?:duoc|dc|ra|tien)\\b"));

    /** Fake police isolating someone: a coerced stay in a room, a cut-off from the family, a camera kept on. */
    private static final List<Pattern> ISOLATION = List.of(
            rx("\\b(?:bat|ep|buoc|yeu cau|bao|doi) " + GAP + "{0,4}(?:thue|ra|den|vao|o) " + GAP + "{0,2}(?:nha nghi|khach san|phong nghi|phong tro|nha tro|ks)\\b"),
            rx("\\b(?:tat|cat|ngat) (?:het )?(?:lien lac|lien he)\\b"),
            rx("\\b(?:khong duoc|ko duoc|khong dc|ko dc|cam) (?:lien lac|goi|noi|bao) (?:voi |cho )?(?:gia dinh|bo me|nguoi than|nha|ai)\\b"),
            rx("\\bbat (?:bat |mo )?(?:camera|cam)\\b"),
            rx("\\b(?:bat|ep|yeu cau|bao) " + SUBJECT + " " + GAP + "{0,2}(?:khong duoc|ko duoc|dung) (?:tat may|cup may|noi voi ai|noi cho ai|bao ai)"));
    /** …next to a fake-police story (or a room alone), so a hotel booking or a quiet evening is not urgent. */
    private static final Pattern KIDNAP_CUE = rx(String.join("|",
            "\\bcong an\\b", "\\bcanh sat\\b", "\\bcs\\b", "\\bvien kiem sat\\b", "\\btoa an\\b", "\\bvu an\\b",
            "\\bdieu tra\\b", "\\brua tien\\b", "\\bma tuy\\b", "\\blenh bat\\b", "\\bsac phuc\\b", "\\bquan phuc\\b",
            "\\bmot minh\\b", "\\bkhach san\\b", "\\bnha nghi\\b"));

    /** "…không thì tung lên mạng": a threat when pictures are involved. */
    private static final Pattern OR_ELSE_PUBLISH = rx("\\b(?:khong thi|neu khong|ko thi|k thi) " + GAP + "{0,5}(?:tung|dang|phat tan|gui|post|up)\\b");
    /** "em đọc luôn rồi" after being asked for a code. */
    private static final Pattern JUST_GAVE_IT = rx("\\b(?:doc|dua|gui|nhap) (?:luon |het |mat |cho no |cho ho )?(?:roi|r)\\b");
    private static final Pattern CHILD_MENTION = rx("\\b(?:" + KID + "|chau|con be|hoc lop \\d+)\\b");

    private static final List<UrgentKind> PRIORITY = List.of(UrgentKind.ONLINE_KIDNAPPING, UrgentKind.CHILD_IN_DANGER, UrgentKind.THREATENED,
            UrgentKind.MONEY_SENT, UrgentKind.SECRET_GIVEN, UrgentKind.ACCOUNT_TAKEN);

    public Optional<UrgentKind> detect(String text) {
        String whole = TextFolding.fold(text);
        List<String> clauses = CLAUSES.splitAsStream(text).map(TextFolding::fold)
                .filter(c -> !c.isEmpty() && !GUARD.matcher(c).find())
                .toList();
        for (UrgentKind kind : PRIORITY) {
            if (clauses.stream().anyMatch(c -> matches(kind, c, whole))) {
                return Optional.of(promote(kind, whole));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(UrgentKind kind, String clause, String whole) {
        if (SIGNALS.get(kind).stream().anyMatch(p -> p.matcher(clause).find())) {
            return true;
        }
        return switch (kind) {
            case MONEY_SENT -> TRANSFERS.stream().anyMatch(p -> p.matcher(clause).find()) && SCAM_CUE.matcher(whole).find();
            case THREATENED -> OR_ELSE_PUBLISH.matcher(clause).find() && IMAGE_WORD.matcher(whole).find();
            case SECRET_GIVEN -> JUST_GAVE_IT.matcher(clause).find() && SECRET_WORD.matcher(whole).find();
            case ONLINE_KIDNAPPING -> ISOLATION.stream().anyMatch(p -> p.matcher(clause).find()) && KIDNAP_CUE.matcher(whole).find();
            default -> false;
        };
    }

    /** A threat against one's child is a child in danger. */
    private static UrgentKind promote(UrgentKind kind, String whole) {
        if (kind == UrgentKind.THREATENED && CHILD_MENTION.matcher(whole).find()) {
            return UrgentKind.CHILD_IN_DANGER;
        }
        return kind;
    }

    private static Pattern rx(String regex) {
        return Pattern.compile(regex);
    }
}
