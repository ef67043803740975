package vn.anm.assistant.knowledge.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.analysis.AnalyzedText;

/**
 * The search of large knowledge bases: the entry shortlist's BM25 scores, and the coverage from each
 * shortlisted entry's questions — no per-question index at all.
 */
final class ShortlistSearch implements EntrySearch {

    private final EntryShortlist shortlist;
    private final Coverage coverage;
    private final Map<String, List<Variant>> variantsByTopic = new HashMap<>();

    ShortlistSearch(EntryShortlist shortlist, List<Variant> variants, Coverage coverage) {
        this.shortlist = shortlist;
        this.coverage = coverage;
        variants.forEach(v -> variantsByTopic.computeIfAbsent(v.topicId(), k -> new ArrayList<>()).add(v));
    }

    @Override
    public List<TopicHit> hits(List<AnalyzedText> texts, WeightedMessage weighted) {
        List<TopicHit> hits = new ArrayList<>();
        shortlist.shortlist(texts).forEach((topicId, score) -> {
            Variant best = null;
            double bestCoverage = -1;
            for (Variant variant : variantsByTopic.getOrDefault(topicId, List.of())) {
                double covered = coverage.of(weighted, variant);
                if (covered > bestCoverage) {
                    bestCoverage = covered;
                    best = variant;
                }
            }
            if (best != null) {
                hits.add(new TopicHit(topicId, score, bestCoverage, best.text(), 0));
            }
        });
        return hits;
    }
}
