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
 * Ranks the shortlisted entries by the decision model's probability and decides from the best two:
 * below the fallback line nothing is offered (FALLBACK); a best entry from the answer line whose
 * runner-up is far enough behind is answered (ANSWER) when the answer model is confident enough and one of
 * its phrasings covers the message well enough ({@link DecisionModel#coveredEnough}: less is enough for a very sure answer);
 * otherwise the entries that are plausible on their own (at or above the fallback line, at most three)
 * are offered (CLARIFY). The result's confidence is the answer model's probability that the best entry
 * is right; each candidate's, the entry model's probability.
 */
public final class LuceneAnswerMatcher implements AnswerMatcher {

    private static final int CANDIDATES = 3;

    private final TopicIndex index;
    private final MatchThresholds thresholds;
    private final DecisionModel model;

    public LuceneAnswerMatcher(TopicIndex index, MatchThresholds thresholds) {
        this(index, thresholds, DecisionModel.SHIPPED);
    }

    public LuceneAnswerMatcher(TopicIndex index, MatchThresholds thresholds, DecisionModel model) {
        this.index = index;
        this.thresholds = thresholds;
        this.model = model;
    }

    @Override
    public MatchResult match(String message) {
        return decide(ranked(index.search(message)));
    }

    /** The hits with the entry model's probability, most probable first (ties: the shortlist's order). */
    List<TopicHit> ranked(List<TopicHit> hits) {
        List<TopicHit> ranked = new ArrayList<>(hits.size());
        for (TopicHit hit : hits) {
            ranked.add(hit.withProbability(model.entryProbability(hit.evidence())));
        }
        // a stable insertion sort, most probable first (a score list of 20 at most): the order a stable sort by
        // Double.compare gives, without a comparator chain per comparison on the ask path
        for (int i = 1; i < ranked.size(); i++) {
            TopicHit hit = ranked.get(i);
            int at = i;
            while (at > 0 && Double.compare(ranked.get(at - 1).probability(), hit.probability()) < 0) {
                ranked.set(at, ranked.get(at - 1));
                at--;
            }
            ranked.set(at, hit);
        }
        return ranked;
    }

    MatchResult decide(List<TopicHit> ranked) {
        if (ranked.isEmpty()) {
            return MatchResult.fallback(List.of(), 0);
        }
        TopicHit best = ranked.get(0);
        double p1 = best.probability();
        double p2 = ranked.size() > 1 ? ranked.get(1).probability() : 0;
        double confidence = round(model.answerProbability(ranked));
        List<Candidate> candidates = new ArrayList<>();
        for (TopicHit hit : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
            Topic topic = index.topic(hit.topicId());
            candidates.add(new Candidate(topic.id(), topic.title(), round(hit.probability())));
        }
        if (p1 < thresholds.fallbackBelow()) {
            return MatchResult.fallback(candidates, confidence);
        }
        if (confidence >= thresholds.answerFrom() && p2 <= thresholds.clarifyMargin() * p1 && model.coveredEnough(best.guardCoverage(), confidence)) {
            return new MatchResult(Decision.ANSWER, index.topic(best.topicId()), confidence, candidates);
        }
        // Only entries plausible on their own are offered: never one below the fallback line.
        List<Candidate> offered = candidates.stream().filter(c -> c.confidence() >= thresholds.fallbackBelow()).toList();
        if (offered.size() == 1 && p1 < model.singleChoiceFloor()) { // one weak choice: more likely off-topic than unsure
            return MatchResult.fallback(candidates, confidence);
        }
        return new MatchResult(Decision.CLARIFY, null, confidence, offered);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
