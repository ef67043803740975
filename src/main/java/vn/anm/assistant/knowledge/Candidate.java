package vn.anm.assistant.knowledge;

/** A ranked entry for a message, with its confidence in [0, 1]. */
public record Candidate(String topic, String title, double confidence) {
}
