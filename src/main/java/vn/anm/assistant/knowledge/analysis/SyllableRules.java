package vn.anm.assistant.knowledge.analysis;

import java.util.regex.Pattern;

/**
 * Tells an ordinary Vietnamese syllable (typed with or without diacritics) from an abbreviation.
 * Teencode expansion only touches tokens that fail this test, so "lam", "sau" or "phai" typed
 * without diacritics are never rewritten into something else.
 */
public final class SyllableRules {

    // On folded text: onset, vowel nucleus (with glides), coda. Spelling rules: k, gh, ngh only before
    // i/e/y; c, g, ng never before i/e/y; ch/nh codas only after a, e, i.
    private static final String NUCLEUS = "(?:oai|oay|oeo|uai|uay|uoi|uou|uya|uye|uyu|ieu|yeu|uyê"
            + "|ai|ao|au|ay|eo|eu|ia|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ie|ye|a|e|i|o|u|y)";
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
                    + NUCLEUS + "(?:ng|nh|ch|c|m|n|p|t)?");
    private static final Pattern FRONT_ONLY = Pattern.compile("^(k(?!h)|gh|ngh)[^iey].*");
    private static final Pattern BACK_ONLY = Pattern.compile("^(c|ng)[iey].*|^g[ey].*");
    private static final Pattern PALATAL_CODA = Pattern.compile(".*[^aei](ch|nh)$");

    private SyllableRules() {
    }

    public static boolean isSyllable(String token) {
        String folded = VietnameseText.foldSyllable(token);
        if (folded.isEmpty() || folded.length() > 7 || !SYLLABLE.matcher(folded).matches()) {
            return false;
        }
        if (FRONT_ONLY.matcher(folded).matches() || BACK_ONLY.matcher(folded).matches()) {
            return false;
        }
        return !PALATAL_CODA.matcher(folded).matches() || folded.endsWith("uych") || folded.endsWith("uynh");
    }
}
