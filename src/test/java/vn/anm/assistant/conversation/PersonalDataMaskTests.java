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

import vn.anm.assistant.conversation.unanswered.PersonalDataMask;

/** Phone numbers, bank-account numbers and e-mail addresses never reach the moderators' list. */
class PersonalDataMaskTests {

    private final PersonalDataMask mask = new PersonalDataMask();

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = PersonalDataMaskTests.class.getResourceAsStream("/fixtures/conversation/masking.yaml")) {
            List<Map<String, String>> rows = new Yaml().load(in);
            return rows.stream().map(r -> Arguments.of(r.get("text"), r.get("masked"))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void masksPersonalData(String text, String masked) {
        assertThat(mask.mask(text)).isEqualTo(masked);
    }
}
