package vn.anm.assistant.knowledge;

/** A law article or official guidance an answer rests on. */
public record Source(String title, String ref) {
}
