package vn.anm.assistant.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.knowledge.analysis.VietnameseText;

/** The coverage confidence on a tiny vocabulary: exact, typo and differently-marked matches. */
class CoverageTests {

    private final Coverage coverage = new Coverage(Map.of("gia", 2, "danh", 2, "ngan", 5, "hang", 5, "lua", 3), 10);

    /** The question "giả danh ngân hàng", as the index holds it. */
    private final Variant question = variant("giả", "danh", "ngân", "hàng");

    @Test
    void theSameWordsCoverTheQuestionWhole() {
        assertThat(coverage.of(message("giả", "danh", "ngân", "hàng"), question)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void wordsTypedWithoutDiacriticsCountFully() {
        assertThat(coverage.of(message("gia", "danh", "ngan", "hang"), question)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void anotherWordThatOnlyFoldsAlikeCountsHalf() {
        double same = coverage.of(message("giả", "ngân", "hàng"), question);
        double otherWord = coverage.of(message("giá", "ngân", "hàng"), question); // price, not fake
        double unrelated = coverage.of(message("lừa", "ngân", "hàng"), question); // a word the question lacks
        assertThat(otherWord).isLessThan(same).isGreaterThan(unrelated);
    }

    @Test
    void aTypoOfAKnownWordCountsHalfAndAnUnknownWordPullsDown() {
        double exact = coverage.of(message("lua", "danh"), variant("lua", "danh"));
        double typo = coverage.of(message("luaa", "danh"), variant("lua", "danh"));
        double unknown = coverage.of(message("xyzw", "danh"), variant("lua", "danh"));
        assertThat(exact).isGreaterThan(typo);
        assertThat(typo).isGreaterThan(unknown);
    }

    @Test
    void anEntrysPhrasingsCompareAllAtOnceAsOneByOneToTheLastBit() {
        List<Variant> phrasings = List.of(question, variant("lừa", "danh"), variant("gia", "hang", "lua"), variant("ngân", "hàng"));
        EntryProfile entry = EntryProfile.of("t", phrasings, new int[0], new int[0], new int[0]);
        for (WeightedMessage message : List.of(message("giả", "danh", "ngân", "hàng"), message("giá", "luaa", "hàng", "xyzw"),
                message("lua", "dan", "ngan"), message("xyzw"),
                story(List.of("giả", "danh", "ngân", "hàng", "luaa"), List.of("danh", "ngân", "hàng"), List.of("lua", "luaa", "giả")))) {
            int[] at = new int[message.size()];
            message.locate(entry, at);
            double[] sums = new double[phrasings.size()];
            int events = message.sentences();
            double[] sentenceSums = new double[phrasings.size() * events];
            coverage.matched(message, entry, at, sums, sentenceSums);
            for (int v = 0; v < phrasings.size(); v++) {
                assertThat(sums[v]).isEqualTo(coverage.matched(message, phrasings.get(v)));
                for (int s = 0; s < events; s++) { // a story's event sentences, each on its own, to the last bit too
                    assertThat(sentenceSums[v * events + s]).isEqualTo(message.sentenceMatched()[s]);
                }
            }
            assertThat(message.share(entry, at)).isEqualTo(message.share(entry));
        }
    }

    private Variant variant(String... syllables) {
        Map<String, String> marks = marks(syllables);
        int[] terms = coverage.ids(marks.keySet(), marks.size());
        int[] markIds = marks.values().stream().mapToInt(m -> coverage.registerMarks(m)).toArray();
        return new Variant("t", String.join(" ", syllables), terms, markIds, coverage.weight(terms));
    }

    private WeightedMessage message(String... syllables) {
        return new WeightedMessage(marks(syllables), coverage);
    }

    /** A message whose event sentences are given as folded syllables. */
    @SafeVarargs
    private WeightedMessage story(List<String> syllables, List<String>... events) {
        List<List<String>> folded = java.util.Arrays.stream(events)
                .map(sentence -> sentence.stream().map(vn.anm.assistant.knowledge.TextFolding::fold).toList()).toList();
        return new WeightedMessage(marks(syllables.toArray(String[]::new)), folded, coverage);
    }

    private static Map<String, String> marks(String... syllables) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (String syllable : List.of(syllables)) {
            marks.put(VietnameseText.foldSyllable(syllable), VietnameseText.marks(syllable));
        }
        return marks;
    }
}
