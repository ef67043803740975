/**
 * Scoring a matcher on a labelled set, the way shared/tools/eval_ask.py scores a server: exposed to the
 * moderation console's publish gate.
 */
@org.springframework.modulith.NamedInterface("eval")
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.knowledge.eval;
