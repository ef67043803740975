package vn.anm.assistant.channel.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.knowledge.Candidate;
import vn.anm.assistant.knowledge.Decision;

/** The stateless matcher verdict used by the evaluation tools and the web chat page. */
record AskResponse(Decision decision, @Nullable String topic, double confidence, String reply, List<Candidate> candidates) {
}
