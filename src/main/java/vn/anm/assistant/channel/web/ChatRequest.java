package vn.anm.assistant.channel.web;

import org.jspecify.annotations.Nullable;

/** Body of POST /api/v1/chat: typed text or a pressed button's payload, from the user id the page keeps. */
record ChatRequest(@Nullable String user, @Nullable String text, @Nullable String payload) {
}
