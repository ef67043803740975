package vn.anm.assistant.moderation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two-factor codes against RFC 6238's test vectors (SHA-1 key "12345678901234567890", the last 6 of the 8 digits). */
class TotpTests {

    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    final Totp totp = new Totp();

    @ParameterizedTest(name = "T={0} → {1}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
            "20000000000, 353130"})
    void matchesTheRfcVectors(long seconds, String code) {
        assertThat(totp.code(RFC_KEY, Instant.ofEpochSecond(seconds))).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'the current step', 0, true", "'the step before (clock drift)', -30, true", "'the step after', 30, true",
            "'two steps before', -60, false", "'two steps after', 60, false"})
    void acceptsOneStepOfDriftEitherWay(String name, long offset, boolean accepted) {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String code = totp.code(RFC_KEY, now.plusSeconds(offset));
        assertThat(totp.verify(RFC_KEY, code, now).isPresent()).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"'12345'", "'abcdef'", "''", "'1234567'"})
    void refusesWhatIsNotSixDigits(String code) {
        assertThat(totp.verify(RFC_KEY, code, Instant.now())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'12345678901234567890', GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"})
    void writesTheKeyInBase32AsAuthenticatorAppsTakeIt(String key, String base32) {
        assertThat(Totp.base32(key.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
    }
}
