package vn.anm.assistant.knowledge.index;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replays terms analysed once: an entry's keywords go into every one of its variant documents, and
 * analysing them again for each would multiply the indexing work by the number of questions.
 */
final class TermListTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private int next;

    TermListTokenStream(List<String> terms) {
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next++));
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }
}
