package vn.anm.assistant.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.index.LuceneAnswerMatcher;
import vn.anm.assistant.knowledge.index.TopicHit;
import vn.anm.assistant.knowledge.index.TopicIndex;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * The matcher's CPU time per message on one thread (thread CPU time, so a figure that depends little on what else a
 * shared machine runs), over the messages of bench/ask/messages.lua, or a dump of every verdict for a set of messages
 * (to check that a change to the matcher's speed leaves every decision as it was).
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.anm.assistant.bench.MatcherCpu [shipped|generated-5000] [SECONDS]
 * java -cp … vn.anm.assistant.bench.MatcherCpu dump FILE.jsonl… &gt; verdicts.txt           # or dump-generated (5,000 entries)
 * </pre>
 */
public final class MatcherCpu {

    private MatcherCpu() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeSnapshot shipped = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        if (args.length > 0 && args[0].startsWith("dump")) { // dump: the shipped knowledge base; dump-generated: 5,000 entries
            TopicIndex index = new TopicIndexBuilder().build(args[0].equals("dump") ? shipped : MatcherBenchmark.generated(shipped, 5000));
            dump(index, new LuceneAnswerMatcher(index, MatchThresholds.DEFAULTS), Arrays.asList(args).subList(1, args.length), System.out);
            return;
        }
        String kb = args.length > 0 ? args[0] : "shipped";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        KnowledgeSnapshot snapshot = kb.equals("shipped") ? shipped : MatcherBenchmark.generated(shipped, 5000);
        LuceneAnswerMatcher matcher = new LuceneAnswerMatcher(new TopicIndexBuilder().build(snapshot), MatchThresholds.DEFAULTS);
        List<String> messages = luaMessages(Path.of("bench/ask/messages.lua"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int sink = 0;
        while (System.nanoTime() < end) { // warm-up
            for (String m : messages) {
                sink += matcher.match(m).candidates().size();
            }
        }
        int rounds = 7;
        double[] perMessage = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            int n = 0;
            long stop = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < stop) {
                for (String m : messages) {
                    sink += matcher.match(m).candidates().size();
                    n++;
                }
            }
            perMessage[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        }
        double[] sorted = perMessage.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: matcher CPU ms per message: min %.4f median %.4f (rounds %s) [%d]%n", kb, sorted[0], sorted[rounds / 2],
                Arrays.toString(Arrays.stream(perMessage).map(v -> Math.round(v * 10000) / 10000.0).toArray()), sink % 10);
    }

    private static void dump(TopicIndex index, LuceneAnswerMatcher matcher, List<String> files, PrintStream out) throws IOException {
        Pattern text = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        for (String file : files) {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                Matcher m = text.matcher(line);
                if (m.find()) {
                    String message = m.group(1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
                    MatchResult r = matcher.match(message);
                    out.println(r.decision() + " " + (r.topic() == null ? "-" : r.topic().id()) + " " + r.confidence() + " " + r.candidates());
                    // every hit's score and evidence to the last bit: the decision model sees exactly these
                    for (TopicHit hit : index.search(message)) {
                        out.println("  " + hit.topicId() + " " + hit.score() + " " + hit.coverage() + " " + hit.matchedVariant() + " " + Arrays.toString(hit.evidence()));
                    }
                }
            }
        }
    }

    static List<String> luaMessages(Path lua) throws IOException {
        List<String> messages = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(lua, StandardCharsets.UTF_8)) {
            if (line.startsWith("local messages")) {
                inside = true;
            } else if (inside && line.startsWith("}")) {
                break;
            } else if (inside && line.trim().startsWith("\"")) {
                String t = line.trim();
                messages.add(t.substring(1, t.lastIndexOf('"')));
            }
        }
        return messages;
    }
}
