package vn.anm.assistant.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks {@code X-ZEvent-Signature: mac=<hex>}: SHA-256 over the UTF-8 bytes of app id, the raw body
 * exactly as received, the body's {@code timestamp} digits and the OA secret key, compared in constant
 * time. The {@code mac=} prefix is optional, hex case is ignored.
 */
final class ZaloSignature {

    private static final String PREFIX = "mac=";

    private final byte[] appId;
    private final byte[] oaSecretKey;

    ZaloSignature(String appId, String oaSecretKey) {
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
        this.oaSecretKey = oaSecretKey.getBytes(StandardCharsets.UTF_8);
    }

    boolean matches(byte[] body, String timestamp, @Nullable String header) {
        if (header == null) {
            return false;
        }
        String hex = header.strip();
        if (hex.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            hex = hex.substring(PREFIX.length());
        }
        return MessageDigest.isEqual(mac(body, timestamp).getBytes(StandardCharsets.US_ASCII),
                hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    String mac(byte[] body, String timestamp) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(appId);
            sha256.update(body);
            sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha256.update(oaSecretKey);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
