package vn.anm.assistant.channel.web;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.annotation.JsonDeserialize;

/** Body of POST /api/v1/ask. */
record AskRequest(@JsonDeserialize(using = StrictText.class) @Nullable String text) {
}
