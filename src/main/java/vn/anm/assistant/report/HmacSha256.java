package vn.anm.assistant.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with one key: webhook signatures (Messenger's {@code X-Hub-Signature-256}, the report webhook's
 * {@code X-Anm-Signature-256}) and keyed pseudonyms. Subkeys are derived under a label ({@link #derive}), so one
 * data key never serves two purposes. The key is never printed.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private HmacSha256(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    public static HmacSha256 withKey(byte[] key) {
        return new HmacSha256(key);
    }

    /** A secret given as text (an app secret, a webhook secret from the environment), as its UTF-8 bytes. */
    public static HmacSha256 withSecret(String secret) {
        return new HmacSha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A key of its own for one purpose: the HMAC of {@code label} under this key. */
    public HmacSha256 derive(String label) {
        return new HmacSha256(sign(label));
    }

    public byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    public byte[] sign(String text) {
        return sign(text.getBytes(StandardCharsets.UTF_8));
    }

    public String hex(byte[] data) {
        return HexFormat.of().formatHex(sign(data));
    }

    public String hex(String text) {
        return HexFormat.of().formatHex(sign(text));
    }

    @Override
    public String toString() {
        return "HmacSha256[****]";
    }
}
