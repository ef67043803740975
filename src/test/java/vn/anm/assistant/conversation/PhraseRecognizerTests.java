package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import vn.anm.assistant.conversation.phrases.Phrase;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;

/** Commands and small talk, with or without diacritics; anything more goes on to the knowledge base. */
class PhraseRecognizerTests {

    private final PhraseRecognizer recognizer = new PhraseRecognizer(vn.anm.assistant.conversation.phrases.PhraseMatcher.standard());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = PhraseRecognizerTests.class.getResourceAsStream("/fixtures/conversation/phrases.yaml")) {
            List<Map<String, String>> rows = new Yaml().load(in);
            return rows.stream().map(r -> Arguments.of(r.get("text"), r.get("phrase"))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void recognisesCommandsAndSmallTalk(String text, String phrase) {
        assertThat(recognizer.recognize(text).map(Phrase::name).orElse(null)).isEqualTo(phrase);
    }
}
