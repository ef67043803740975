/**
 * The numbers (#14): anonymous counts of what the chat did, per day, channel, decision and topic, for the
 * dashboard. Public types here are the API; {@code store} is internal. Depends on no other module.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.stats;
