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

import vn.anm.assistant.conversation.phrases.PhraseRecognizer;
import vn.anm.assistant.conversation.unanswered.PersonalDataMask;
import vn.anm.assistant.conversation.urgent.UrgentDetector;

/**
 * The per-message work the conversation does on the event loop besides matching: urgent detection,
 * command/small-talk recognition and masking, over the 120 messages of the urgent table (one op = all 120).
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.args=ConversationBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConversationBenchmark {

    private final UrgentDetector urgent = new UrgentDetector();
    private final PhraseRecognizer phrases = new PhraseRecognizer(vn.anm.assistant.conversation.phrases.PhraseMatcher.standard());
    private final PersonalDataMask mask = new PersonalDataMask();
    private List<String> messages;

    @Setup
    public void load() throws IOException {
        String table = Files.readString(Path.of("src/test/resources/fixtures/conversation/urgent-messages.yaml"));
        Matcher m = Pattern.compile("text: \"(.*?)\" \\}|^  - \"(.*)\"$", Pattern.MULTILINE).matcher(table);
        messages = new ArrayList<>();
        while (m.find()) {
            messages.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
    }

    @Benchmark
    public void urgentDetection(Blackhole bh) {
        for (String message : messages) {
            bh.consume(urgent.detect(message));
        }
    }

    @Benchmark
    public void phraseRecognition(Blackhole bh) {
        for (String message : messages) {
            bh.consume(phrases.recognize(message));
        }
    }

    @Benchmark
    public void masking(Blackhole bh) {
        for (String message : messages) {
            bh.consume(mask.mask(message));
        }
    }
}
