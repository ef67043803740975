package vn.anm.assistant.scamcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ListedItem;
import vn.anm.assistant.scamcheck.ScamCheck;
import vn.anm.assistant.scamcheck.Verdict;
import vn.anm.assistant.scamcheck.lists.ListSnapshot;
import vn.anm.assistant.scamcheck.lists.StoredLists;
import vn.anm.assistant.scamcheck.recognition.ItemRecognizer;
import vn.anm.assistant.scamcheck.recognition.ParsedUrl;
import vn.anm.assistant.scamcheck.signs.PhoneSigns;
import vn.anm.assistant.scamcheck.signs.Sign;
import vn.anm.assistant.scamcheck.signs.UrlSigns;

/**
 * Blocklist first, then the allowlist, then the signs; nothing known is CHƯA CÓ THÔNG TIN. A profile on Zalo or
 * Facebook is judged by itself: the platform being real says nothing about the person behind the page.
 */
final class ScamChecker implements ScamCheck {

    private final ItemRecognizer recognizer;
    private final StoredLists lists;
    private final UrlSigns urlSigns;
    private final PhoneSigns phoneSigns;
    private final VerdictTexts texts;
    private final MeterRegistry meters;

    ScamChecker(ItemRecognizer recognizer, StoredLists lists, UrlSigns urlSigns, PhoneSigns phoneSigns, VerdictTexts texts, MeterRegistry meters) {
        this.recognizer = recognizer;
        this.lists = lists;
        this.urlSigns = urlSigns;
        this.phoneSigns = phoneSigns;
        this.texts = texts;
        this.meters = meters;
    }

    @Override
    public List<CheckedItem> recognise(String text) {
        return recognizer.recognise(text);
    }

    @Override
    public Mono<List<Verdict>> check(List<CheckedItem> items, String channel) {
        ListSnapshot snapshot = lists.snapshot();
        List<Verdict> verdicts = items.stream().map(item -> verdict(item, snapshot)).toList();
        verdicts.forEach(v -> meters.counter("anm_scamcheck_verdicts", "verdict", name(v), "kind", v.item().kind().name()).increment());
        return lists.count(items, 1, 0).thenReturn(verdicts);
    }

    /** The verdict from the lists in memory and the item's own signs (no I/O). */
    Verdict verdict(CheckedItem item, ListSnapshot snapshot) {
        Optional<ListedItem> blocked = snapshot.blocked(item);
        if (blocked.isPresent()) {
            ListedItem b = blocked.get();
            return new Verdict.Reported(item, b.addedAt(), b.reports(), b.label());
        }
        Optional<ListedItem> allowed = snapshot.allowed(item);
        if (allowed.isPresent()) {
            return new Verdict.Official(item, allowed.get().label() == null ? allowed.get().value() : allowed.get().label());
        }
        List<Sign> signs = signs(item);
        boolean suspicious = signs.stream().anyMatch(Sign::strong) || signs.size() >= 2;
        return suspicious ? new Verdict.Suspicious(item, signs.stream().map(Sign::text).toList()) : new Verdict.Unknown(item);
    }

    private List<Sign> signs(CheckedItem item) {
        return switch (item.kind()) {
            case URL -> ParsedUrl.parse(item.written()).map(urlSigns::signs).orElse(List.of());
            case PHONE -> phoneSigns.signs(item.value());
            case PROFILE, ACCOUNT -> new ArrayList<>();
        };
    }

    static String name(Verdict v) {
        if (v instanceof Verdict.Reported) {
            return "REPORTED";
        }
        if (v instanceof Verdict.Suspicious) {
            return "SUSPICIOUS";
        }
        return v instanceof Verdict.Official ? "OFFICIAL" : "UNKNOWN";
    }

    @Override
    public String describe(Verdict verdict) {
        return texts.describe(verdict);
    }

    @Override
    public String advice(List<Verdict> verdicts) {
        return texts.advice(verdicts);
    }

    @Override
    public Mono<Void> report(ItemKind kind, String value, String channel) {
        meters.counter("anm_scamcheck_reports", "kind", kind.name()).increment();
        return lists.enqueue(kind, value, channel);
    }

    @Override
    public String reportedThanks() {
        return texts.get("report.thanks");
    }
}
