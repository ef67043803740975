package vn.anm.assistant.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.index.TopicHit;
import vn.anm.assistant.knowledge.index.TopicIndex;
import vn.anm.assistant.knowledge.index.TopicIndexBuilder;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/**
 * Fits the default {@link MatchThresholds} on a labelled set: a grid search that maximises resolved@1
 * subject to wrong ≤ 3% and oos_clean ≥ 95%. Run from the repository root:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.anm.assistant.knowledge.ThresholdFitting -Dexec.args="src/test/resources/eval/dev.jsonl src/test/resources/eval/dev-new-topics.jsonl"} (without files:
 * the extended dev set; add {@code --trace} for each message's coverage and ratio)
 */
public final class ThresholdFitting {

    static final double MAX_WRONG = Double.parseDouble(System.getProperty("maxWrong", "0.03"));
    static final double MIN_OOS = Double.parseDouble(System.getProperty("minOos", "0.95"));

    record Scored(LabelledMessage message, List<TopicHit> hits) {
    }

    public static void main(String[] args) throws Exception {
        List<LabelledMessage> messages = new ArrayList<>();
        List<String> files = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        for (String file : files.isEmpty() ? DevSetFiguresTests.DEV_SETS : files) {
            messages.addAll(EvalCommand.read(Path.of(file)));
        }
        boolean trace = java.util.Arrays.asList(args).contains("--trace");
        TopicIndex index = new TopicIndexBuilder().build(new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load());
        List<Scored> scored = new ArrayList<>();
        for (LabelledMessage m : messages) {
            scored.add(new Scored(m, index.search(index.prepare(m.text()))));
        }
        if (trace) {
            for (Scored s : scored) {
                List<TopicHit> h = s.hits();
                String top = h.isEmpty() ? "-" : h.get(0).topicId();
                double ratio = h.size() > 1 ? h.get(1).rank() / h.get(0).rank() : 0;
                System.out.printf(Locale.ROOT, "%s %-5s cov=%.2f ratio=%.2f top=%s want=%s via=%s%n", s.message().id(),
                        s.message().inScope() ? (s.message().acceptable().contains(top) ? "OK" : "BAD") : "OOS",
                        h.isEmpty() ? 0 : h.get(0).coverage(), ratio, top, s.message().topic(), h.isEmpty() ? "" : h.get(0).matchedVariant());
            }
        }
        double bestValue = -1;
        String best = "";
        for (double low = 0.20; low <= 0.70; low += 0.025) {
            for (double answer = low; answer <= 0.80; answer += 0.025) {
                for (double margin = 0.50; margin <= 1.0001; margin += 0.01) {
                    int in = 0, resolved = 0, reached = 0, wrong = 0, oos = 0, oosClean = 0;
                    for (Scored s : scored) {
                        List<TopicHit> h = s.hits();
                        Decision d;
                        if (h.isEmpty() || h.get(0).coverage() < low) {
                            d = Decision.FALLBACK;
                        } else {
                            double ratio = h.size() > 1 ? h.get(1).rank() / h.get(0).rank() : 0;
                            d = h.get(0).coverage() >= answer && ratio <= margin ? Decision.ANSWER : Decision.CLARIFY;
                        }
                        boolean ok = !h.isEmpty() && s.message().acceptable().contains(h.get(0).topicId());
                        boolean inTop3 = h.stream().limit(3).anyMatch(t -> s.message().acceptable().contains(t.topicId()));
                        if (s.message().inScope()) {
                            in++;
                            if (d == Decision.ANSWER && ok) resolved++;
                            if ((d == Decision.ANSWER && ok) || (d == Decision.CLARIFY && inTop3)) reached++;
                            if (d == Decision.ANSWER && !ok) wrong++;
                        } else {
                            oos++;
                            if (d != Decision.ANSWER) oosClean++;
                        }
                    }
                    double w = (double) wrong / in, o = (double) oosClean / oos;
                    if (w <= MAX_WRONG && o >= MIN_OOS) {
                        double value = resolved + 0.5 * reached;
                        if (value > bestValue) {
                            bestValue = value;
                            best = String.format(Locale.ROOT, "fallbackBelow=%.3f answerFrom=%.3f clarifyMargin=%.2f resolved=%d reached=%d wrong=%d oosClean=%d/%d in=%d",
                                    low, answer, margin, resolved, reached, wrong, oosClean, oos, in);
                        }
                    }
                }
            }
        }
        System.out.println(best.isEmpty() ? "no thresholds meet wrong ≤ 3% and oos_clean ≥ 95%" : best);
    }
}
