package vn.anm.assistant.scamcheck.engine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.Verdict;

/** The verdicts in plain Vietnamese, from messages/scamcheck.properties. */
final class VerdictTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ReplyTexts texts;

    VerdictTexts(ReplyTexts texts) {
        this.texts = texts;
    }

    String describe(Verdict verdict) {
        CheckedItem item = verdict.item();
        String kind = item.kind().label();
        String shown = item.bank() == null ? item.shown() : texts.get("verdict.account.bank", item.shown(), item.bank());
        if (verdict instanceof Verdict.Reported r) {
            return texts.get("verdict.REPORTED", kind, shown, DAY.format(r.since()))
                    + (r.reports() > 0 ? texts.get("verdict.REPORTED.reports", r.reports()) : "")
                    + (r.trick() == null ? "" : texts.get("verdict.REPORTED.trick", r.trick()));
        }
        if (verdict instanceof Verdict.Suspicious s) {
            return texts.get("verdict.SUSPICIOUS", kind, shown)
                    + String.join("", s.reasons().stream().map(reason -> texts.get("verdict.SUSPICIOUS.reason", reason)).toList());
        }
        if (verdict instanceof Verdict.Official o) {
            return texts.get("verdict.OFFICIAL", shown, o.name());
        }
        return texts.get("verdict.UNKNOWN", kind, shown) + texts.get("verdict.UNKNOWN." + item.kind().name());
    }

    String advice(List<Verdict> verdicts) {
        boolean allOfficial = verdicts.stream().allMatch(v -> v instanceof Verdict.Official);
        return texts.get(allOfficial ? "advice.official" : "advice.warn");
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }
}
