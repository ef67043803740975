package vn.anm.assistant.channel.web;

import org.jspecify.annotations.Nullable;

/** Body of POST /api/v1/ask. */
record AskRequest(@Nullable String text) {
}
