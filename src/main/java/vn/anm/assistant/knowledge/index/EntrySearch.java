package vn.anm.assistant.knowledge.index;

import java.util.List;

import vn.anm.assistant.knowledge.analysis.AnalyzedText;

/** How a knowledge base finds the entries for a message: each found entry with its BM25 score and coverage. */
interface EntrySearch {

    /**
     * @param texts the message's text, then its alternative readings, analysed
     * @param weighted the message's syllables weighed for the coverage
     */
    List<TopicHit> hits(List<AnalyzedText> texts, WeightedMessage weighted);
}
