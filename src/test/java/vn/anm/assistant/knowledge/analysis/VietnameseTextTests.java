package vn.anm.assistant.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cleaning table (fixtures/knowledge/clean-cases.tsv): links, symbols, repeated letters, spaces, tone placement. */
class VietnameseTextTests {

    record Case(String input, String expected) {
        @Override
        public String toString() {
            return input + " → " + expected;
        }
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\(t|n|u[0-9a-fA-F]{4})");

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = VietnameseTextTests.class.getResourceAsStream("/fixtures/knowledge/clean-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                cases.add(new Case(unescape(cols[0]), cols[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cleansAsTheTableSays(Case c) {
        assertThat(VietnameseText.clean(c.input())).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "NFD {0}")
    @MethodSource("cases")
    void decomposedInputIsCleanedTheSame(Case c) {
        assertThat(VietnameseText.clean(Normalizer.normalize(c.input(), Normalizer.Form.NFD))).isEqualTo(c.expected());
    }

    /** Diacritics tell words apart that fold alike; spelling variants of one word keep the same ones. */
    @org.junit.jupiter.api.Test
    void marksSayWhichWordAFoldedSyllableIs() {
        assertThat(VietnameseText.marks("giá")).isNotEqualTo(VietnameseText.marks("giả")).isNotEmpty();
        assertThat(VietnameseText.marks("mất")).isNotEqualTo(VietnameseText.marks("mật"));
        assertThat(VietnameseText.marks("ký")).isEqualTo(VietnameseText.marks("kí"));
        assertThat(VietnameseText.marks("đi")).isNotEmpty().isNotEqualTo(VietnameseText.marks("di"));
        assertThat(VietnameseText.marks("gia")).isEmpty();
        assertThat(VietnameseText.marks("otp")).isEmpty();
        assertThat(VietnameseText.marks(Normalizer.normalize("giả", Normalizer.Form.NFD))).isEqualTo(VietnameseText.marks("giả"));
    }

    private static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = e.equals("t") ? "\t" : e.equals("n") ? "\n" : String.valueOf((char) Integer.parseInt(e.substring(1), 16));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
