/**
 * Where citizens' messages come in: the web chat page and its API, the Zalo OA and Facebook Messenger
 * webhooks. Nothing depends on this module; it depends on the conversation and knowledge APIs.
 */
@org.jspecify.annotations.NullMarked
package vn.anm.assistant.channel;
