package vn.anm.assistant.report;

/**
 * The data key's protection for other modules' tables (conversation state, Zalo tokens, delivery
 * ids): AES-256-GCM encryption at rest bound to where the value is stored, and pseudonyms that let a
 * row be found by an identifier without revealing it. Same key as the report tables (ANM_DATA_KEY).
 */
public interface DataProtection {

    /**
     * Seals {@code plain}; {@code context} (table, column and row, e.g. {@code "zalo_token.tokens_enc:42"})
     * must be given again to open it, so a value copied to another row does not decrypt.
     */
    String encrypt(byte[] plain, String context);

    /** Opens what {@link #encrypt} sealed with the same {@code context}; fails on a wrong key or tampered value. */
    byte[] decrypt(String stored, String context);

    /** A stable 64-hex-digit keyed hash of {@code identifier} (HMAC-SHA256), to file rows under instead of it. */
    String pseudonym(String identifier);
}
