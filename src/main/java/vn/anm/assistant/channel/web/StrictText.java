package vn.anm.assistant.channel.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A text field of a request body that must be a JSON string (or null): {@code {"text": 123}} or
 * {@code {"user": 12345}} is a 400, not a number quietly turned into text.
 */
final class StrictText extends StdDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        return context.reportInputMismatch(this, "The field '%s' must be a JSON string, not %s.", parser.currentName(),
                parser.currentToken());
    }
}
