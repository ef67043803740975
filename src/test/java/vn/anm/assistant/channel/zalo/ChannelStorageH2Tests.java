package vn.anm.assistant.channel.zalo;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The channel's records on the embedded default: an H2 file under the data folder. */
class ChannelStorageH2Tests extends ChannelStorageContract {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "test-data", "h2-" + UUID.randomUUID());
        registry.add("anm.data-dir", () -> "./" + dir);
    }
}
