/**
 * Conversation: turns a citizen's message from any channel into the bot's replies — greeting, menus,
 * answers with follow-ups, clarifying choices, urgent advice — the same on every channel. Channels see
 * only {@link vn.anm.assistant.conversation.InboundMessage}, {@link vn.anm.assistant.conversation.Conversation}
 * and {@link vn.anm.assistant.conversation.ConversationReply}; moderators' tools read
 * {@link vn.anm.assistant.conversation.UnansweredLog} and {@link vn.anm.assistant.conversation.FeedbackLog}.
 * Sub-packages are internal: per-user state, urgent detection, phrases, menu, logs.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.conversation;
