package vn.anm.assistant.conversation.storage;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The conversation's records on the embedded default: an H2 file under the data folder. */
class ConversationStorageH2Tests extends ConversationStorageContract {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "test-data", "h2-" + UUID.randomUUID());
        registry.add("anm.data-dir", () -> "./" + dir);
    }
}
