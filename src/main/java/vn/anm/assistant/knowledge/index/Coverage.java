package vn.anm.assistant.knowledge.index;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A bounded confidence (vietnamese-search.md §6): how much of the message a variant covers (qCov)
 * and how much of the variant the message covers (vCov), weighted by IDF. vCov rescues long stories
 * that contain a whole example question; qCov rescues short messages. Weights are IDF over the
 * indexed variants; an unseen syllable weighs most, so words the knowledge base never uses pull
 * the confidence down.
 */
final class Coverage {

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    Coverage(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = Math.max(1, documents);
    }

    /** IDF of every indexed syllable, computed once: matching runs it for every variant it looks at. */
    private final Map<String, Double> idfs = new java.util.HashMap<>();
    private final Map<Set<String>, Double> variantWeights = new java.util.IdentityHashMap<>();

    double idf(String term) {
        Double known = idfs.get(term);
        return known != null ? known : idf(documentFrequency.getOrDefault(term, 0), documents);
    }

    private double weight(Set<String> variant) {
        Double cached = variantWeights.get(variant);
        if (cached != null) {
            return cached;
        }
        double sum = 0;
        for (String term : variant) {
            sum += idf(term);
        }
        return sum;
    }

    /** Precomputes the weights of the index's variants; call once, before the index is shared. */
    void prepare(Iterable<Set<String>> variants) {
        documentFrequency.forEach((term, df) -> idfs.put(term, idf(df, documents)));
        for (Set<String> variant : variants) {
            variantWeights.put(variant, weight(variant));
        }
    }

    boolean known(String term) {
        return documentFrequency.containsKey(term);
    }

    double of(Collection<String> query, Set<String> variant) {
        double queryWeight = 0;
        double matchedInQuery = 0;
        double matchedInVariant = 0;
        for (String term : query) {
            double idf = idf(term);
            queryWeight += idf;
            if (variant.contains(term)) {
                matchedInQuery += idf;
                matchedInVariant += idf;
            } else if (!known(term)) {
                String near = nearTypo(term, variant);
                if (near != null) { // a typo is weaker evidence: half, and weighed as the word it stands for
                    matchedInQuery += 0.5 * idf(near);
                    matchedInVariant += 0.5 * idf(near);
                }
            }
        }
        double variantWeight = weight(variant);
        if (queryWeight == 0 || variantWeight == 0) {
            return 0;
        }
        double qCov = Math.min(1, matchedInQuery / queryWeight);
        double vCov = Math.min(1, matchedInVariant / variantWeight);
        return Math.max(qCov, vCov) * Math.min(1, 2 * Math.min(qCov, vCov) + 0.5);
    }

    private static double idf(int df, int n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static String nearTypo(String term, Set<String> variant) {
        if (term.length() < 3) {
            return null;
        }
        for (String candidate : variant) {
            if (candidate.length() >= 3 && Math.abs(candidate.length() - term.length()) <= 1 && withinOneEdit(term, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
