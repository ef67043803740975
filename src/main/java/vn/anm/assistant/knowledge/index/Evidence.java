package vn.anm.assistant.knowledge.index;

import java.util.List;

/**
 * What the matcher knows about one entry for one message: the decision model's inputs, each a number
 * a moderator can read (docs/evaluation.md lists them with their weights).
 */
final class Evidence {

    /** In the order of the values; the model's resource file names its weights by these. */
    static final List<String> NAMES = List.of(
            "coverage",          // the best phrasing's coverage confidence (vietnamese-search.md §6)
            "question_share",    // how much of the message that phrasing covers (qCov)
            "phrasing_share",    // how much of that phrasing the message covers (vCov)
            "second_coverage",   // the entry's second-best phrasing: do two phrasings agree?
            "agreeing",          // log(1 + phrasings covering at least 0.35 of the message)
            "bm25_share",        // the entry's BM25 score over the best entry's
            "coverage_lead",     // coverage minus the best other entry's coverage
            "entry_share",       // share of the message's weight found anywhere in the entry's phrasings
            "rare_share",        // share of the message's three rarest known syllables found in the entry
            "keyword_share",     // share of the message's weight in the entry's keywords
            "title_share",       // share of the message's weight in the entry's title
            "answer_share",      // share of the message's weight in the answer text (a weak field)
            "event_share",       // the best sentence's coverage: the sentence carrying the event in a story
            "unseen_share",      // share of the message's weight the knowledge base never uses (as written: "lúa" beside "lừa")
            "length",            // log(1 + distinct syllables of the message)
            "legacy_rank");      // coverage × (BM25 share)², the ranking before the model

    static final int SIZE = NAMES.size();

    private Evidence() {
    }
}
