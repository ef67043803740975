package vn.anm.assistant.channel.facebook;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.report.HmacSha256;

/**
 * Checks {@code X-Hub-Signature-256: sha256=<hex>}: HMAC-SHA256 of the raw body bytes keyed with the
 * app secret, compared in constant time. A missing or malformed header never matches.
 */
final class FacebookSignature {

    private static final String PREFIX = "sha256=";

    private final HmacSha256 key;

    FacebookSignature(String appSecret) {
        this.key = HmacSha256.withSecret(appSecret);
    }

    boolean matches(byte[] body, @Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(body), given);
    }

    byte[] sign(byte[] body) {
        return key.sign(body);
    }
}
