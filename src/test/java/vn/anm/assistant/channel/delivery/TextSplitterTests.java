package vn.anm.assistant.channel.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextSplitterTests {

    private static final String PARAGRAPH = "Không cung cấp mã OTP cho bất kỳ ai, kể cả người xưng là công an hay nhân viên ngân hàng. ";

    @Test
    void shortTextIsOneMessage() {
        assertThat(TextSplitter.split("Chào bạn!", 2000)).containsExactly("Chào bạn!");
    }

    @Test
    void longTextIsCutAtParagraphBreaksWithinTheLimit() {
        String first = PARAGRAPH.repeat(12).strip();   // 1,079 characters
        String second = PARAGRAPH.repeat(12).strip();  // together with the first: over 2,000
        String third = PARAGRAPH.repeat(5).strip();
        List<String> parts = TextSplitter.split(first + "\n\n" + second + "\n\n" + third, 2000);

        assertThat(parts).containsExactly(first, second + "\n\n" + third);
    }

    @Test
    void aParagraphLongerThanAMessageIsCutAtSentenceEnds() {
        String text = PARAGRAPH.repeat(50);
        List<String> parts = TextSplitter.split(text, 2000);

        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> {
            assertThat(part.codePointCount(0, part.length())).isLessThanOrEqualTo(2000);
            assertThat(part).endsWith("ngân hàng.");
        });
        assertThat(String.join(" ", parts)).isEqualTo(text.strip());
    }

    @Test
    void charactersAreCountedAfterNfcSoDecomposedVietnameseIsNotCutShort() {
        String decomposed = Normalizer.normalize("Lừa đảo qua mạng. ".repeat(150), Normalizer.Form.NFD); // 2,700 NFC chars
        List<String> parts = TextSplitter.split(decomposed, 2000);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).isEqualTo(Normalizer.normalize(parts.get(0), Normalizer.Form.NFC));
        assertThat(parts.get(0).length()).isGreaterThan(1950);
    }

    @Test
    void aWordLongerThanTheLimitIsCutHard() {
        assertThat(TextSplitter.split("x".repeat(4500), 2000)).extracting(String::length).containsExactly(2000, 2000, 500);
    }
}
