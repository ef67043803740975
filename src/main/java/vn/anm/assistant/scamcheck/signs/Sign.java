package vn.anm.assistant.scamcheck.signs;

/** One sign of a scam, said plainly. A weak sign alone (a "/login" path) does not make an item ĐÁNG NGỜ; a strong one does. */
public record Sign(String text, boolean strong) {

    static Sign strong(String text) {
        return new Sign(text, true);
    }

    static Sign weak(String text) {
        return new Sign(text, false);
    }
}
