package vn.anm.assistant.report.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.TestDrafts;

class FieldCipherTests {

    final DataKey key = new DataKey(Base64.getDecoder().decode(TestDrafts.DATA_KEY));
    final FieldCipher cipher = new FieldCipher(key);
    final byte[] secret = "Số tài khoản 190312345678".getBytes(StandardCharsets.UTF_8);

    @Test
    void decryptsWhatItEncryptedAndNeverRepeatsACiphertext() {
        String once = cipher.encrypt(secret, "incident_report.content_enc:1");
        String twice = cipher.encrypt(secret, "incident_report.content_enc:1");

        assertThat(once).startsWith("v1:").isNotEqualTo(twice).doesNotContain("190312345678");
        assertThat(cipher.decrypt(once, "incident_report.content_enc:1")).isEqualTo(secret);
        assertThat(cipher.decrypt(twice, "incident_report.content_enc:1")).isEqualTo(secret);
    }

    @Test
    void aValueCopiedToAnotherRowOrReadWithAnotherKeyDoesNotDecrypt() {
        String stored = cipher.encrypt(secret, "incident_report.content_enc:1");
        byte[] otherKey = new byte[32];

        assertThatThrownBy(() -> cipher.decrypt(stored, "incident_report.content_enc:2"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(new DataKey(otherKey)).decrypt(stored, "incident_report.content_enc:1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reporterRefsAreStablePerPersonAndRevealNothing() {
        ReporterRefs refs = new ReporterRefs(key);
        Reporter lan = new Reporter("FACEBOOK", "2518890001");

        assertThat(refs.refOf(lan)).isEqualTo(refs.refOf(new Reporter("FACEBOOK", "2518890001")))
                .isNotEqualTo(refs.refOf(new Reporter("ZALO", "2518890001")))
                .doesNotContain("2518890001")
                .hasSize(64);
        assertThat(lan.toString()).doesNotContain("2518890001");
    }
}
