package vn.anm.assistant.conversation.urgent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.knowledge.TextFolding;

/**
 * Recognises, before any FAQ matching, a message saying that something bad has already happened: money
 * sent, an OTP or password given, a threat or blackmail, a child in danger or held by fake police
 * ("bắt cóc online"), an account taken over.
 * Works on the folded text (no diacritics), clause by clause, so it reads teencode and long stories
 * alike; a clause that is hypothetical or asks about the law ("nếu lỡ…", "làm sao để không bị…",
 * "bị phạt bao nhiêu") does not count. The rules are pinned by fixtures/conversation/urgent-messages.yaml.
 * <p>
 * The words are data: the {@code urgent-…} sets of the conversation vocabulary (knowledge-base/lexicon/
 * conversation.tsv), which moderators edit with the other lexicon tables. The templates here keep only the
 * shape of a sentence and its function words ("bị", "rồi", "không"): {@code %past} stands for the phrases of
 * the set {@code urgent-past}. The patterns are built again when another vocabulary is published.
 */
public final class UrgentDetector {

    private static final Pattern CLAUSES = Pattern.compile("[.!?;\\n]+");
    private static final Pattern SET = Pattern.compile("%([a-z][a-z-]*)");

    /** A word between the parts of a rule, never a negation ("đã không chuyển"). */
    private static final String GAP = "(?:(?!%negation\\b)\\w+ )";
    private static final String MONEY = "(?:%money|\\d+ ?%money-unit\\b|%count %count-unit)";

    /** Clause-level vetoes: hypotheses, prevention, definitions and law questions. */
    private static final List<String> GUARD = List.of(
            "\\b%not\\b", "\\bneu (?:\\w+ )?(?:bi|lo|da|vo tinh)\\b", "\\bkhi (?:\\w+ )?(?:bi|lo)\\b",
            "\\b(?:lam (?:sao|the nao|cach nao)|cach) (?:de )?(?:khong|tranh|phong|chong|nhan biet|bao ve)",
            "\\b(?:lam (?:sao|the nao|cach nao)|cach) de (?:\\w+ ){1,3}(?:khong bi|tranh|phong|chong)\\b",
            "\\bco phai (?:la )?(?:lua|that)",
            "\\bco (?:the )?bi\\b(?: \\w+){1,8} (?:khong|ko|k)$",
            // "công an có bắt học sinh thuê phòng … không": how the authorities work, not something happening
            "\\bco (?:bao gio |hay )?(?:bat|ep|yeu cau|goi|lam viec)\\b(?: \\w+){1,12} (?:khong|ko|k|chua)$");

    private static final Map<UrgentKind, List<String>> SIGNALS = Map.of(
            UrgentKind.CHILD_IN_DANGER, List.of(
                    "\\b%kid\\b " + GAP + "{0,8}(?:bi|dang bi) " + GAP + "{0,5}%child-harm\\b",
                    "\\b%kid\\b " + GAP + "{0,4}%missing\\b",
                    "\\b%lure %kid\\b"),
            UrgentKind.THREATENED, List.of(
                    "(?<!khong |ko )\\b(?:bi|dang bi) " + GAP + "{0,2}%threat\\b",
                    "\\b%threaten " + GAP + "{0,4}%publish " + GAP + "{0,4}%image",
                    "\\b(?:goi|nhan tin) khung bo\\b",
                    "\\b(?:de doa|doa) (?:se )?%harm\\b",
                    "\\b%order %subject " + GAP + "{0,2}(?:khong duoc|ko duoc|dung) %silence"),
            UrgentKind.ONLINE_KIDNAPPING, List.of(
                    "\\b(?:bi|dang bi|vua bi) (?:\\w+ )?bat coc\\b",
                    "\\b%ransom\\b",
                    "\\b%held %young\\b",
                    "\\b%young (?:\\w+ ){0,3}(?:bi|dang bi) %detained\\b"),
            UrgentKind.MONEY_SENT, List.of(
                    "(?<!khong |chua |ko )\\bbi (?:lua )?%taken " + GAP + "{0,3}" + MONEY,
                    "(?<!khong |chua |ko )\\bbi lua (?:roi|r|chuyen|ck|mat|het)\\b",
                    "\\b(?:mat|bay) (?:het |sach )?(?:tien|\\d+ ?(?:trieu|tr|k)\\b)",
                    "\\bgiao dich " + GAP + "{0,4}(?:khong|ko|k) (?:lam|thuc hien)\\b"),
            UrgentKind.SECRET_GIVEN, List.of(
                    "\\b%past " + GAP + "{0,4}%give " + GAP + "{0,4}%secret\\b",
                    "\\b%hand-over " + GAP + "{0,3}%secret " + GAP + "{0,6}(?:roi|r)\\b"),
            UrgentKind.ACCOUNT_TAKEN, List.of(
                    "\\b%account " + GAP + "{0,4}(?:bi|da bi|vua bi) " + GAP + "{0,2}%takeover\\b",
                    "(?<!khong |ko )\\b(?:mat|bay) %lost-account\\b",
                    "(?<!khong |ko )\\bbi (?:hack|chiem|chiem mat) (?:mat )?%account\\b",
                    "\\b(?:dien thoai|may) " + GAP + "{0,3}bi (?:dieu khien|chiem quyen)",
                    "\\b(?:dang nhap|vao) lai " + GAP + "{0,3}sai mat khau\\b",
                    "\\b%intruder " + GAP + "{0,2}(?:da |vua )?(?:dang nhap|vao|chiem|hack) (?:vao )?%account\\b"));

    /** Transfers need a scam cue; checked as their own family because the cue may sit in another clause. */
    private static final List<String> TRANSFERS = List.of(
            "\\b%past " + GAP + "{0,3}%transfer " + GAP + "{0,6}" + MONEY,
            "\\b%past " + GAP + "{0,3}%strong-transfer\\b",
            "\\b%subject " + GAP + "{0,3}%transfer " + GAP + "{0,3}" + MONEY,
            "\\b%strong-transfer " + GAP + "{0,8}(?:roi|r|xong)\\b",
            "\\b%transfer " + GAP + "{0,2}" + MONEY + " " + GAP + "{0,6}(?:roi|r|xong)\\b",
            "\\b(?:khong|ko|k) (?:cho )?rut (?:duoc|dc|ra|tien)\\b");

    /** Fake police isolating someone: a coerced stay in a room, a cut-off from the family, a camera kept on. */
    private static final List<String> ISOLATION = List.of(
            "\\b%order-room " + GAP + "{0,4}(?:thue|ra|den|vao|o) " + GAP + "{0,2}%room\\b",
            "\\b(?:tat|cat|ngat) (?:het )?(?:lien lac|lien he)\\b",
            "\\b(?:khong duoc|ko duoc|khong dc|ko dc|cam) (?:lien lac|goi|noi|bao) (?:voi |cho )?%family\\b",
            "\\bbat (?:bat |mo )?(?:camera|cam)\\b",
            "\\b%order %subject " + GAP + "{0,2}(?:khong duoc|ko duoc|dung) %silence");

    private static final List<UrgentKind> PRIORITY = List.of(UrgentKind.ONLINE_KIDNAPPING, UrgentKind.CHILD_IN_DANGER, UrgentKind.THREATENED,
            UrgentKind.MONEY_SENT, UrgentKind.SECRET_GIVEN, UrgentKind.ACCOUNT_TAKEN);

    private final Supplier<Rules> rules;

    /** With the conversation vocabulary serving now. */
    public UrgentDetector(PhraseMatcher words) {
        this.rules = words.derived(Rules::new);
    }

    /** With the repository's knowledge-base folder (tests, benchmarks). */
    public UrgentDetector() {
        this(PhraseMatcher.standard());
    }

    public Optional<UrgentKind> detect(String text) {
        Rules now = rules.get();
        String whole = TextFolding.fold(text);
        List<String> clauses = CLAUSES.splitAsStream(text).map(TextFolding::fold)
                .filter(c -> !c.isEmpty() && !now.guard().matcher(c).find())
                .toList();
        for (UrgentKind kind : PRIORITY) {
            if (clauses.stream().anyMatch(c -> now.matches(kind, c, whole))) {
                return Optional.of(now.promote(kind, whole));
            }
        }
        return Optional.empty();
    }

    /** The templates with one vocabulary's words filled in. */
    private record Rules(Pattern guard, Map<UrgentKind, List<Pattern>> signals, List<Pattern> transfers, Pattern scamCue,
            Pattern orElsePublish, Pattern imageWord, Pattern justGaveIt, Pattern secretWord, List<Pattern> isolation,
            Pattern kidnapCue, Pattern childMention) {

        Rules(Function<String, List<String>> sets) {
            this(rx(String.join("|", GUARD), sets),
                    SIGNALS.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> rx(e.getValue(), sets))),
                    rx(TRANSFERS, sets), rx("\\b%scam-cue\\b", sets),
                    // "…không thì tung lên mạng": a threat when pictures are involved
                    rx("\\b(?:khong thi|neu khong|ko thi|k thi) " + GAP + "{0,5}%publish-else\\b", sets), rx("\\b%image-word\\b", sets),
                    // "em đọc luôn rồi" after being asked for a code
                    rx("\\b(?:doc|dua|gui|nhap) (?:luon |het |mat |cho no |cho ho )?(?:roi|r)\\b", sets), rx("\\b%secret-word\\b", sets),
                    rx(ISOLATION, sets), rx("\\b%kidnap-cue\\b", sets), rx("\\b(?:%kid|chau|con be|hoc lop \\d+)\\b", sets));
        }

        boolean matches(UrgentKind kind, String clause, String whole) {
            if (signals.get(kind).stream().anyMatch(p -> p.matcher(clause).find())) {
                return true;
            }
            return switch (kind) {
                case MONEY_SENT -> transfers.stream().anyMatch(p -> p.matcher(clause).find()) && scamCue.matcher(whole).find();
                case THREATENED -> orElsePublish.matcher(clause).find() && imageWord.matcher(whole).find();
                case SECRET_GIVEN -> justGaveIt.matcher(clause).find() && secretWord.matcher(whole).find();
                case ONLINE_KIDNAPPING -> isolation.stream().anyMatch(p -> p.matcher(clause).find()) && kidnapCue.matcher(whole).find();
                default -> false;
            };
        }

        /** A threat against one's child is a child in danger. */
        UrgentKind promote(UrgentKind kind, String whole) {
            if (kind == UrgentKind.THREATENED && childMention.matcher(whole).find()) {
                return UrgentKind.CHILD_IN_DANGER;
            }
            return kind;
        }

        private static List<Pattern> rx(List<String> templates, Function<String, List<String>> sets) {
            return templates.stream().map(t -> rx(t, sets)).toList();
        }

        /** {@code %name} becomes the phrases of the set {@code urgent-name}, longest first; a set with none matches nothing. */
        private static Pattern rx(String template, Function<String, List<String>> sets) {
            Matcher set = SET.matcher(template);
            StringBuilder regex = new StringBuilder();
            while (set.find()) {
                List<String> phrases = sets.apply("urgent-" + set.group(1)).stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(p -> p.matches("[a-z0-9 ]+") ? p : Pattern.quote(p))
                        .toList();
                set.appendReplacement(regex, Matcher.quoteReplacement(phrases.isEmpty() ? "(?!)" : "(?:" + String.join("|", phrases) + ")"));
            }
            set.appendTail(regex);
            return Pattern.compile(regex.toString());
        }
    }
}
