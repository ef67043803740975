package vn.anm.assistant.scamcheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.scamcheck.ListKind;
import vn.anm.assistant.scamcheck.ListedItem;
import vn.anm.assistant.scamcheck.lists.ListSnapshot;
import vn.anm.assistant.scamcheck.lists.StoredLists;
import vn.anm.assistant.scamcheck.recognition.BankDirectory;
import vn.anm.assistant.scamcheck.recognition.ItemRecognizer;
import vn.anm.assistant.scamcheck.signs.Brands;
import vn.anm.assistant.scamcheck.signs.PhoneSigns;
import vn.anm.assistant.scamcheck.signs.UrlSigns;

/** The checker with the seeded allowlist in memory and no database, for the corpus and the benchmark. */
public final class ScamCorpus {

    public record Line(String label, String text) {
    }

    public final ItemRecognizer recognizer = new ItemRecognizer(new BankDirectory(ScamCheckConfiguration.BANKS));
    final ScamChecker checker;
    public final ListSnapshot snapshot;

    public ScamCorpus() {
        StoredLists lists = new StoredLists(null, null, recognizer, java.time.Clock.systemUTC());
        checker = new ScamChecker(recognizer, lists, new UrlSigns(Brands.load()), new PhoneSigns(recognizer.phoneNumbers()),
                new VerdictTexts(new ReplyTexts("messages/scamcheck.properties")), new SimpleMeterRegistry());
        List<ListedItem> items = new ArrayList<>();
        long id = 1;
        for (var entry : ScamCheckConfiguration.read(new ScamCheckProperties(Path.of("knowledge-base/scamcheck/allowlist.tsv"), null, null))) {
            var e = lists.normalised(entry);
            items.add(new ListedItem(id++, ListKind.ALLOW, e.kind(), e.value(), e.label(), e.source(), e.reason(), "seed", Instant.EPOCH, 0, 0));
        }
        snapshot = new ListSnapshot(items);
    }

    public vn.anm.assistant.scamcheck.Verdict verdict(vn.anm.assistant.scamcheck.CheckedItem item) {
        return checker.verdict(item, snapshot);
    }

    public static String name(vn.anm.assistant.scamcheck.Verdict v) {
        return ScamChecker.name(v);
    }

    public String describe(vn.anm.assistant.scamcheck.Verdict v) {
        return checker.describe(v);
    }

    public static List<Line> read(String file) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/scamcheck", file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            lines.add(new Line(line.substring(0, tab), line.substring(tab + 1)));
        }
        return lines;
    }
}
