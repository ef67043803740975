package vn.anm.assistant.channel.zalo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token pair in {@code <ANM_DATA_DIR>/zalo/tokens.json}, readable by the owner only. Written to a
 * temporary file, forced to disk, then moved over the old one atomically: a crash leaves either the
 * old pair or the new one, never half a file. Superseded by {@link StoredZaloTokenStore}, which reads
 * this file only while the table holds no pair.
 */
class FileZaloTokenStore implements ZaloTokenStore {

    private final Path file;
    private final JsonMapper json;
    private final Clock clock;

    FileZaloTokenStore(Path dataDir, JsonMapper json, Clock clock) {
        this.file = dataDir.resolve("zalo").resolve("tokens.json");
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Mono<Optional<ZaloTokens>> load() {
        return Mono.fromCallable(() -> {
            if (!Files.exists(file)) {
                return Optional.<ZaloTokens>empty();
            }
            StoredTokens stored = json.readValue(Files.readAllBytes(file), StoredTokens.class);
            return Optional.of(new ZaloTokens(stored.accessToken(), stored.refreshToken(), stored.expiresAt()));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Void> save(ZaloTokens tokens) {
        return Mono.fromRunnable(() -> write(new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(), clock.instant())))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    private void write(StoredTokens tokens) {
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir, ownerOnly("rwx------"));
            Path temp = Files.createTempFile(dir, "tokens-", ".tmp", ownerOnly("rw-------"));
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(ByteBuffer.wrap(json.writeValueAsBytes(tokens)));
                    channel.force(true);
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the Zalo tokens", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    /** The file's JSON shape. */
    record StoredTokens(String accessToken, String refreshToken, Instant expiresAt, Instant storedAt) {

        @Override
        public String toString() {
            return "StoredTokens[****]";
        }
    }
}
