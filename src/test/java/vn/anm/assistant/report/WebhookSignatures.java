package vn.anm.assistant.report;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a receiver does to check a signed POST: HMAC-SHA256 of the raw body with the shared secret, as
 * {@code sha256=<hex>} — the report webhook's {@code X-Anm-Signature-256} and Messenger's {@code X-Hub-Signature-256}
 * alike. Written out here, apart from the code under test: the one copy every test signs with.
 */
public final class WebhookSignatures {

    private WebhookSignatures() {
    }

    public static String expected(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
