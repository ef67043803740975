package vn.anm.assistant.conversation.unanswered;

import java.util.Set;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks e-mail addresses, phone numbers and account numbers in the message and error text of every
 * structured (JSON) log line, with the same rules as the messages kept for moderators. The service
 * logs no personal data on purpose; this catches what a library's exception message might carry.
 * Named by {@code logging.structured.json.customizer}; active when structured logging is on
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}).
 */
public final class PersonalDataLogMask implements StructuredLoggingJsonMembersCustomizer<Object> {

    /** Free text in the ECS, Logstash and GELF formats; timestamps, logger and thread names stay as they are. */
    private static final Set<String> TEXT_FIELDS = Set.of("message", "stack_trace", "short_message", "full_message",
            "_error_message", "_error_stack_trace");

    private final PersonalDataMask mask = new PersonalDataMask();

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.<String>of(String.class, this::masked)
                .whenHasPath(path -> path.name() != null && TEXT_FIELDS.contains(path.name()))); // array items have no name
    }

    private String masked(String text) {
        return text == null ? null : mask.mask(text);
    }
}
