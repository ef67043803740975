package vn.anm.assistant.knowledge.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** On folded terms: "ky" → "ki", "ly" → "li", so kí/ký and lí/lý meet. "y" alone and "tuy" stay. */
public final class FinalYToIFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public FinalYToIFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int len = term.length();
        if (!keyword.isKeyword() && len >= 2 && len <= 4 && term.charAt(len - 1) == 'y') {
            String rewritten = VietnameseText.finalYToI(term.toString());
            if (rewritten.charAt(len - 1) == 'i') {
                term.buffer()[len - 1] = 'i';
            }
        }
        return true;
    }
}
