package vn.anm.assistant.report.protection;

import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.report.HmacSha256;

/**
 * {@link DataProtection} with the data key: {@link FieldCipher} for values, and an HMAC-SHA256 key
 * derived from the data key (under its own label, apart from reporter references) for pseudonyms.
 */
final class KeyedDataProtection implements DataProtection {

    private final FieldCipher cipher;
    private final HmacSha256 pseudonymKey;

    KeyedDataProtection(DataKey dataKey, FieldCipher cipher) {
        this.cipher = cipher;
        this.pseudonymKey = HmacSha256.withKey(dataKey.bytes()).derive("anm pseudonym v1");
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
        return pseudonymKey.hex(identifier);
    }
}
