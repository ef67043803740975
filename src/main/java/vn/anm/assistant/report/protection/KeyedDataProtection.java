package vn.anm.assistant.report.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import vn.anm.assistant.report.DataProtection;

/**
 * {@link DataProtection} with the data key: {@link FieldCipher} for values, and an HMAC-SHA256 key
 * derived from the data key (under its own label, apart from reporter references) for pseudonyms.
 */
final class KeyedDataProtection implements DataProtection {

    private final FieldCipher cipher;
    private final SecretKeySpec pseudonymKey;

    KeyedDataProtection(DataKey dataKey, FieldCipher cipher) {
        this.cipher = cipher;
        this.pseudonymKey = new SecretKeySpec(
                hmac(new SecretKeySpec(dataKey.bytes(), "HmacSHA256"), "anm pseudonym v1"), "HmacSHA256");
    }

    @Override
    public String encrypt(byte[] plain, String context) {
        return cipher.encrypt(plain, context);
    }

    @Override
    public byte[] decrypt(String stored, String context) {
        return cipher.decrypt(stored, context);
    }

    @Override
    public String pseudonym(String identifier) {
        return HexFormat.of().formatHex(hmac(pseudonymKey, identifier));
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
