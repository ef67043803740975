package vn.anm.assistant.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Severity;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.index.LuceneAnswerMatcher;
import vn.anm.assistant.knowledge.index.TopicIndex;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * One thread matching citizens' messages, on the shipped knowledge base and on a generated one of
 * 5,000 entries (real questions with syllables swapped, so the vocabulary and the index grow like a
 * real one). Run with bench/jmh.sh; figures in bench/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MatcherBenchmark {

    static final String[] MESSAGES = {
        "có người gọi xưng là công an bắt tôi chuyển tiền vào tài khoản tạm giữ",
        "mk fb bị lộ r lm sao",
        "lam sao biet trang web lua dao",
        "ai hỏi mã otp thì có nên đưa ko",
        "Mẹ tôi nhận cuộc gọi video của con trai xin tiền gấp, mặt giống nhưng hình mờ và nói ngắn rồi tắt, có phải lừa không ạ?",
        "wifi quán cà phê có an toàn để chuyển khoản không",
        "Thời tiết Lạng Sơn ngày mai có mưa không?",
        "tuyen cong tac vien chot don online, nap tien truoc moi nhan hoa hong, co that khong",
        "Tôi bán hàng online, hôm qua có khách đặt đơn rồi gửi mã QR bảo quét để nhận tiền hoàn, tôi quét xong thì tài khoản bị trừ 5 triệu. Giờ tôi phải làm gì để lấy lại tiền và báo cho ai?",
        "luat an ninh mang 2025 co hieu luc tu khi nao",
    };

    @Param({"shipped", "generated-5000"})
    String knowledgeBase;

    LuceneAnswerMatcher matcher;
    int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        KnowledgeSnapshot shipped = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        KnowledgeSnapshot snapshot = knowledgeBase.equals("shipped") ? shipped : generated(shipped, 5000);
        TopicIndex index = new TopicIndexBuilder().build(snapshot);
        matcher = new LuceneAnswerMatcher(index, MatchThresholds.DEFAULTS);
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput})
    @OutputTimeUnit(TimeUnit.SECONDS)
    public MatchResult throughput() {
        return matcher.match(MESSAGES[next++ % MESSAGES.length]);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MatchResult latency() {
        return matcher.match(MESSAGES[next++ % MESSAGES.length]);
    }

    /** Entries made of the shipped ones' questions, two syllables of each replaced at random. */
    static KnowledgeSnapshot generated(KnowledgeSnapshot shipped, int entries) {
        Random random = new Random(42);
        List<String> syllables = new ArrayList<>();
        shipped.topics().forEach(t -> t.questions().forEach(q -> syllables.addAll(List.of(q.toLowerCase().split("\\s+")))));
        List<Topic> topics = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            Topic model = shipped.topics().get(i % shipped.topics().size());
            List<String> questions = model.questions().stream().map(q -> mutate(q, syllables, random)).toList();
            topics.add(new Topic("gen-" + i, mutate(model.title(), syllables, random), model.group(), Severity.INFO,
                    questions, model.keywords(), List.of(), List.of(new Source("generated", "bench")), LocalDate.of(2026, 11, 29), model.answer()));
        }
        return new KnowledgeSnapshot(topics, shipped.contacts(), shipped.lexicon());
    }

    private static String mutate(String text, List<String> syllables, Random random) {
        String[] words = text.split("\\s+");
        for (int k = 0; k < 2 && words.length > 0; k++) {
            words[random.nextInt(words.length)] = syllables.get(random.nextInt(syllables.size()));
        }
        return String.join(" ", words);
    }
}
