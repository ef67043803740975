package vn.anm.assistant.moderation.security;

/** A stable SHA-256 name for a record the console keeps a mark about. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(String text) {
        return Secrets.sha256(text);
    }
}
