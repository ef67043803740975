package vn.anm.assistant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.engine.ScamCorpus;

/**
 * What the scam check (#17) adds to a message on the event loop: recognising items in messages that have none
 * (the 120 messages of the urgent table, none with a link or number: the cost every ordinary message now pays), and
 * recognising plus judging the labelled corpus (links and numbers). One op = the whole set; divide by its size.
 * Run: bench/jmh.sh ScamCheckBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScamCheckBenchmark {

    private ScamCorpus corpus;
    private List<String> ordinary;
    private List<String> withItems;

    @Setup
    public void load() throws IOException {
        corpus = new ScamCorpus();
        String table = Files.readString(Path.of("src/test/resources/fixtures/conversation/urgent-messages.yaml"));
        Matcher m = Pattern.compile("text: \"(.*?)\" \\}|^  - \"(.*)\"$", Pattern.MULTILINE).matcher(table);
        ordinary = new ArrayList<>();
        while (m.find()) {
            String text = m.group(1) != null ? m.group(1) : m.group(2);
            if (corpus.recognizer.recognise(text).isEmpty()) {
                ordinary.add(text);
            }
        }
        withItems = new ArrayList<>();
        ScamCorpus.read("urls.tsv").forEach(l -> withItems.add(l.text()));
        ScamCorpus.read("numbers.tsv").forEach(l -> withItems.add(l.text()));
        System.out.println("messages without items: " + ordinary.size() + ", corpus lines: " + withItems.size());
    }

    @Benchmark
    public void messagesWithoutItems(Blackhole bh) {
        for (String message : ordinary) {
            bh.consume(corpus.recognizer.recognise(message));
        }
    }

    @Benchmark
    public void corpusRecognisedAndJudged(Blackhole bh) {
        for (String message : withItems) {
            for (CheckedItem item : corpus.recognizer.recognise(message)) {
                bh.consume(corpus.verdict(item));
            }
        }
    }
}
