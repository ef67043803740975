package vn.anm.assistant.report.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import vn.anm.assistant.report.Reporter;

/**
 * Turns a reporter into the key their rows are filed under: HMAC-SHA256 of channel and user id with
 * a key derived from the data key. Lookups and deletion work; the raw table does not reveal who.
 */
public final class ReporterRefs {

    private final SecretKeySpec key;

    public ReporterRefs(DataKey dataKey) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(dataKey.bytes(), "HmacSHA256"), "anm reporter ref v1"),
                "HmacSHA256");
    }

    public String refOf(Reporter reporter) {
        return HexFormat.of().formatHex(hmac(key, reporter.channel() + "\u0000" + reporter.userId()));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
