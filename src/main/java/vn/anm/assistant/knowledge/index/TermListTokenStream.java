package vn.anm.assistant.knowledge.index;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replays terms analysed once (the builder analyses every text itself, in parallel, and an entry's
 * keywords go into every one of its variant documents). One instance per field serves a whole build:
 * a new token stream per field and document cost more than the terms it carried.
 */
final class TermListTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private List<String> terms = List.of();
    private int next;

    /** This stream, set to replay the terms; the document it goes into must be indexed before the next call. */
    TermListTokenStream replay(List<String> terms) {
        this.terms = terms;
        this.next = 0;
        return this;
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
