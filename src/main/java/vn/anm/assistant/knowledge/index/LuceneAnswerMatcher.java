package vn.anm.assistant.knowledge.index;

import java.util.ArrayList;
import java.util.List;

import vn.anm.assistant.knowledge.AnswerMatcher;
import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.Topic;

/**
 * Decides between ANSWER, CLARIFY and FALLBACK from the best entry's coverage confidence and the
 * runner-up's ranking ratio: raw BM25 is not comparable across messages, these two are.
 */
public final class LuceneAnswerMatcher implements AnswerMatcher {

    private static final int CANDIDATES = 3;

    private final TopicIndex index;
    private final MatchThresholds thresholds;

    public LuceneAnswerMatcher(TopicIndex index, MatchThresholds thresholds) {
        this.index = index;
        this.thresholds = thresholds;
    }

    @Override
    public MatchResult match(String message) {
        List<TopicHit> hits = index.search(index.prepare(message));
        if (hits.isEmpty()) {
            return MatchResult.fallback(List.of(), 0);
        }
        TopicHit best = hits.get(0);
        double ratio = hits.size() > 1 ? hits.get(1).rank() / best.rank() : 0;
        double confidence = round(best.coverage() * separation(ratio));
        List<Candidate> candidates = new ArrayList<>();
        for (TopicHit hit : hits.subList(0, Math.min(CANDIDATES, hits.size()))) {
            Topic topic = topic(hit.topicId());
            candidates.add(new Candidate(topic.id(), topic.title(), round(hit == best ? confidence : hit.rank() * separation(ratio))));
        }
        if (best.coverage() < thresholds.fallbackBelow()) {
            return MatchResult.fallback(candidates, confidence);
        }
        if (best.coverage() >= thresholds.answerFrom() && ratio <= thresholds.clarifyMargin()) {
            return new MatchResult(Decision.ANSWER, topic(best.topicId()), confidence, candidates);
        }
        return new MatchResult(Decision.CLARIFY, null, confidence, candidates);
    }

    /** 1 when the best entry stands alone, down to 0.5 when the runner-up ties with it. */
    private double separation(double ratio) {
        double margin = thresholds.clarifyMargin();
        return ratio <= margin ? 1 : 1 - 0.5 * (ratio - margin) / (1 - margin);
    }

    private Topic topic(String id) {
        return index.topic(id);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
