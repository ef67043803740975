package vn.anm.assistant.knowledge.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Puts the tone of "hòa", "khóa", "thủy" where the other keyboards put it: "hoà", "khoá", "thuỷ". */
public final class ToneMarkFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public ToneMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String original = term.toString();
            String normalized = ToneMarks.normalizeSyllable(original);
            if (!normalized.equals(original)) {
                term.setEmpty().append(normalized);
            }
        }
        return true;
    }
}
