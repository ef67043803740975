package vn.anm.assistant.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.anm.assistant.knowledge.index.TopicIndex;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/** How long a (re)build of the in-memory index takes: start-up and every live edit pay it. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class IndexBuildBenchmark {

    @Param({"shipped", "generated-1000", "generated-5000"})
    String knowledgeBase;

    KnowledgeSnapshot snapshot;

    @Setup
    public void load() {
        KnowledgeSnapshot shipped = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        snapshot = knowledgeBase.equals("shipped") ? shipped
                : MatcherBenchmark.generated(shipped, Integer.parseInt(knowledgeBase.substring("generated-".length())));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TopicIndex build() {
        return new TopicIndexBuilder().build(snapshot);
    }
}
