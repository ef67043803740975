package vn.anm.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class FileZaloTokenStoreTests {

    @TempDir
    Path dataDir;

    @Test
    void aSavedPairIsLoadedBackAfterARestartAndOnlyItsOwnerCanReadIt() throws Exception {
        ZaloTokens first = new ZaloTokens("access-1", "refresh-1", Instant.now().plus(25, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS));
        ZaloTokens second = new ZaloTokens("access-2", "refresh-2", first.expiresAt().plusSeconds(60));
        new FileZaloTokenStore(dataDir, JsonMapper.builder().build(), Clock.systemUTC()).save(first).block();
        new FileZaloTokenStore(dataDir, JsonMapper.builder().build(), Clock.systemUTC()).save(second).block();

        Optional<ZaloTokens> loaded = new FileZaloTokenStore(dataDir, JsonMapper.builder().build(), Clock.systemUTC()).load().block();

        assertThat(loaded).contains(second);
        Path file = dataDir.resolve("zalo/tokens.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void nothingStoredYetIsEmpty() {
        assertThat(new FileZaloTokenStore(dataDir, JsonMapper.builder().build(), Clock.systemUTC()).load().block()).isEmpty();
    }
}
