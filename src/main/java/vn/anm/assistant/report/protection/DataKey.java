package vn.anm.assistant.report.protection;

import java.util.Arrays;

/** The 256-bit key that protects personal data at rest. Never printed. */
public final class DataKey {

    static final int LENGTH = 32;

    private final byte[] bytes;

    DataKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("the data key must be " + LENGTH + " bytes, base64-encoded");
        }
        this.bytes = bytes.clone();
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "DataKey[****]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
