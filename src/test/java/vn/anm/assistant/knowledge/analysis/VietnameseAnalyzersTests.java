package vn.anm.assistant.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The analyzer table (fixtures/knowledge/analyzer-cases.tsv): one row per phenomenon, input → tokens. */
class VietnameseAnalyzersTests {

    record Case(String analyzer, String input, List<String> expected) {
        @Override
        public String toString() {
            return analyzer + ": " + input + " → " + expected;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = VietnameseAnalyzersTests.class.getResourceAsStream("/fixtures/knowledge/analyzer-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<String> expected = cols[2].isBlank() ? List.of()
                        : Arrays.stream(cols[2].trim().split(" ")).map(t -> t.replace('_', ' ')).toList();
                cases.add(new Case(cols[0], cols[1], expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analyzesAsTheTableSays(Case c) throws IOException {
        assertThat(terms(analyzer(c.analyzer()), c.input())).containsExactlyElementsOf(c.expected());
    }

    @ParameterizedTest(name = "NFD {0}")
    @MethodSource("cases")
    void decomposedInputGivesTheSameTokens(Case c) throws IOException {
        String nfd = Normalizer.normalize(c.input(), Normalizer.Form.NFD);
        assertThat(terms(analyzer(c.analyzer()), nfd)).containsExactlyElementsOf(c.expected());
    }

    @Test
    void tableCoversAtLeastSixtyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void offsetsPointBackIntoTheOriginalText() throws IOException {
        String text = "Kỹ năng bảo mật";
        List<String> pieces = new ArrayList<>();
        try (TokenStream ts = VietnameseAnalyzers.folded().tokenStream("f", text)) {
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                pieces.add(text.substring(offsets.startOffset(), offsets.endOffset()));
            }
            ts.end();
        }
        assertThat(pieces).containsExactly("Kỹ", "năng", "bảo", "mật");
    }

    @Test
    void emptyAndSymbolOnlyTextGiveNoTokens() throws IOException {
        assertThat(terms(VietnameseAnalyzers.folded(), "")).isEmpty();
        assertThat(terms(VietnameseAnalyzers.folded(), " ... !!! ?")).isEmpty();
    }

    static Analyzer analyzer(String name) {
        return switch (name) {
            case "exact" -> VietnameseAnalyzers.exact();
            case "exact_sh" -> VietnameseAnalyzers.exactShingles();
            case "folded" -> VietnameseAnalyzers.folded();
            case "folded_sh" -> VietnameseAnalyzers.foldedShingles();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (analyzer; TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }
}
