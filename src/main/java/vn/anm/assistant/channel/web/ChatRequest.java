package vn.anm.assistant.channel.web;

import org.jspecify.annotations.Nullable;

/**
 * Body of POST /api/v1/chat: typed text or a pressed button's payload. {@code user}, sent by older
 * pages, is accepted and ignored: the session cookie says who is chatting.
 */
record ChatRequest(@Nullable String user, @Nullable String text, @Nullable String payload) {
}
