/**
 * The conversation's records in the database: per-citizen state (shared by instances, expiring after
 * the idle timeout, with a short per-instance cache), and the unanswered and feedback logs moderators
 * read. Internal to the conversation module.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.conversation.storage;
