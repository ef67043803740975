package vn.anm.assistant.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/** Message preparation with the shipped lexicon: teencode expanded, frames dropped, noise removed. */
class TextPreparerTests {

    static final TextPreparer preparer = new TextPreparer(
            new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load().lexicon());

    record Case(String input, String expected) {
        @Override
        public String toString() {
            return input + " → " + expected;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = TextPreparerTests.class.getResourceAsStream("/fixtures/knowledge/preparer-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t", -1);
                    cases.add(new Case(cols[0], cols[1]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void preparesAsTheTableSays(Case c) {
        assertThat(preparer.prepare(c.input()).text()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0} is a syllable")
    @CsvSource({"lam", "sau", "phai", "nghe", "khuya", "nguyen", "quyen", "gi", "giai", "thuong", "được", "khoẻ", "oan", "uy"})
    void ordinarySyllablesAreNeverTakenForAbbreviations(String token) {
        assertThat(SyllableRules.isSyllable(token)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a syllable")
    @CsvSource({"mk", "tk", "ko", "dc", "đc", "hok", "sdt", "fb", "zl", "ck", "stk", "ntn", "ad", "2fa", "otp", "kan", "cem"})
    void abbreviationsAreNotSyllables(String token) {
        assertThat(SyllableRules.isSyllable(token)).isFalse();
    }

    @Test
    void neutralPlaceAndTimeWordsDoNotCountTowardsTheTopic() {
        PreparedText prepared = preparer.prepare("Ở Lạng Sơn hôm nay có vụ lừa đảo nào không");
        assertThat(prepared.text()).contains("lạng sơn");
        assertThat(prepared.foldedTerms()).doesNotContain("lang", "son").contains("lua", "dao");
    }

    @Test
    void theNumberOfAnAmountDoesNotCountTowardsTheTopic() {
        PreparedText prepared = preparer.prepare("bị lừa mất 3,5tr với 150 triệu, còn 2 tài khoản");
        assertThat(prepared.text()).contains("3 5 triệu", "150 triệu");
        assertThat(prepared.foldedTerms()).doesNotContain("3", "5", "150").contains("trieu", "2", "lua");
    }

    @Test
    void ambiguousAbbreviationsKeepTheirOtherReadings() {
        assertThat(preparer.prepare("tk bị khoá").alternatives()).contains("tiết kiệm");
    }

    @Test
    void veryLongMessagesAreCut() {
        String story = "tôi bị lừa ".repeat(500);
        assertThat(preparer.prepare(story).text().split(" ")).hasSizeLessThanOrEqualTo(TextPreparer.MAX_TOKENS);
    }
}
