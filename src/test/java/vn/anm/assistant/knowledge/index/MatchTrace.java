package vn.anm.assistant.knowledge.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.anm.assistant.knowledge.EvalCommand;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.eval.LabelledMessage;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/** Prints, per labelled message, the decision and the numbers behind it (a tool for reading misses). */
public final class MatchTrace {

    public static void main(String[] args) throws Exception {
        KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        TopicIndex index = new TopicIndexBuilder().build(snapshot);
        LuceneAnswerMatcher matcher = new LuceneAnswerMatcher(index, MatchThresholds.DEFAULTS);
        for (String file : args) {
            for (LabelledMessage m : EvalCommand.read(Path.of(file))) {
                List<TopicHit> ranked = matcher.ranked(index.search(m.text()));
                MatchResult r = matcher.decide(ranked);
                String first = ranked.isEmpty() ? "-" : ranked.get(0).topicId();
                boolean ok = m.acceptable().isEmpty() ? r.topic() == null : r.topic() != null && m.acceptable().contains(r.topic().id());
                System.out.printf(Locale.ROOT, "%s %s %-8s %-7s first_ok=%s p1=%.3f p2=%.3f conf=%.3f cov=%.2f first=%s [%s] | %s%n",
                        ok ? "OK " : "BAD", m.style(), m.acceptable().isEmpty() ? "OOS" : "in", r.decision(),
                        !ranked.isEmpty() && m.acceptable().contains(first),
                        ranked.isEmpty() ? 0 : ranked.get(0).probability(), ranked.size() > 1 ? ranked.get(1).probability() : 0,
                        r.confidence(), ranked.isEmpty() ? 0 : ranked.get(0).coverage(), first, ranked.isEmpty() ? "" : ranked.get(0).matchedVariant(), m.text());
            }
        }
    }
}
