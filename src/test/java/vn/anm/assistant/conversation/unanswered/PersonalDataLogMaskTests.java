package vn.anm.assistant.conversation.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

/** A structured log line as the ECS format writes it: free text masked, the rest untouched. */
class PersonalDataLogMaskTests {

    record Line(String timestamp, String thread, String message, String errorMessage, String stackTrace) {
    }

    private final JsonWriter<Line> writer = JsonWriter.of(members -> {
        members.add("@timestamp", Line::timestamp);
        members.add("process.thread.name", Line::thread);
        members.add("tags", line -> java.util.List.of("anm", line.thread()));
        members.add("message", Line::message);
        members.add("error").usingMembers(error -> {
            error.add("message", Line::errorMessage);
            error.add("stack_trace", Line::stackTrace);
        });
        new PersonalDataLogMask().customize(erased(members));
    });

    @SuppressWarnings("unchecked")
    private static JsonWriter.Members<Object> erased(JsonWriter.Members<?> members) {
        return (JsonWriter.Members<Object>) members;
    }

    @Test
    void masksPhoneEmailAndAccountInMessageAndError() {
        String json = writer.writeToString(new Line("2026-12-03T08:15:30.123Z", "reactor-http-epoll-20251203",
                "send failed for 0912 345 678 (an.nguyen@example.vn)",
                "Duplicate key 19036668888011", "java.lang.IllegalStateException: 0987654321\n\tat a.B.c(B.java:123)"));

        assertThat(json).doesNotContain("0912 345 678", "an.nguyen@example.vn", "19036668888011", "0987654321")
                .contains("[số điện thoại]", "[email]", "[số tài khoản]")
                .contains("2026-12-03T08:15:30.123Z", "reactor-http-epoll-20251203", "B.java:123");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String json = writer.writeToString(new Line("t", "main", "Knowledge base reloaded: 62 entries", null, null));

        assertThat(json).contains("Knowledge base reloaded: 62 entries");
    }
}
