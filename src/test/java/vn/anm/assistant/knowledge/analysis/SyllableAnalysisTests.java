package vn.anm.assistant.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * The index and the matcher take their tokens from {@link SyllableAnalysis}, which derives the
 * shingles instead of running the shingle analyzers: on every text the knowledge base holds, raw and
 * prepared, and on the analyzer table's inputs, it must give exactly what the four analyzers give.
 */
class SyllableAnalysisTests {

    private static final SyllableAnalysis ANALYSIS = new SyllableAnalysis();
    private static final Analyzer EXACT = VietnameseAnalyzers.exact();
    private static final Analyzer EXACT_SHINGLES = VietnameseAnalyzers.exactShingles();
    private static final Analyzer FOLDED = VietnameseAnalyzers.folded();
    private static final Analyzer FOLDED_SHINGLES = VietnameseAnalyzers.foldedShingles();

    static Stream<String> texts() throws IOException {
        KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        TextPreparer preparer = new TextPreparer(snapshot.lexicon());
        List<String> texts = new ArrayList<>();
        for (Topic topic : snapshot.topics()) {
            texts.add(topic.title());
            texts.addAll(topic.questions());
            texts.addAll(topic.keywords());
        }
        List<String> prepared = texts.stream().map(t -> preparer.prepare(t).text()).toList();
        texts.addAll(prepared);
        VietnameseAnalyzersTests.cases().forEach(c -> texts.add(c.input()));
        return texts.stream().distinct();
    }

    @Test
    void everyKnowledgeBaseTextGivesTheAnalyzersTokens() throws IOException {
        List<String> texts = texts().toList();
        assertThat(texts).hasSizeGreaterThan(2000);
        for (String text : texts) {
            assertSameAsAnalyzers(text);
            assertSameAsAnalyzers(Normalizer.normalize(text, Normalizer.Form.NFD));
        }
    }

    @ParameterizedTest
    @MethodSource("unusual")
    void unusualTextsToo(String text) throws IOException {
        assertSameAsAnalyzers(text);
    }

    static Stream<String> unusual() {
        return Stream.of("", "   ", "một", "a b", "mật khẩu " + "x".repeat(300) + " bị lộ", // beyond the tokenizer's token length limit
                "😀 cứu 😭 em", "ＯＴＰ 2fa wi-fi", "Ký lý kỳ", "HOÀ hòa");
    }

    private static void assertSameAsAnalyzers(String text) throws IOException {
        AnalyzedText analysed = ANALYSIS.analyze(text);
        assertThat(analysed.exact()).as("exact: %s", text).isEqualTo(tokens(EXACT, text));
        assertThat(analysed.exactShingles()).as("exact shingles: %s", text).isEqualTo(tokens(EXACT_SHINGLES, text));
        assertThat(analysed.folded()).as("folded: %s", text).isEqualTo(tokens(FOLDED, text));
        assertThat(analysed.foldedShingles()).as("folded shingles: %s", text).isEqualTo(tokens(FOLDED_SHINGLES, text));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
