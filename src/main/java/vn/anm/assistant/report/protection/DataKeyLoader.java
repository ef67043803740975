package vn.anm.assistant.report.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.anm.assistant.report.DataProtectionProperties;

/**
 * Finds the data key: ANM_DATA_KEY when set; otherwise, unless a key is required (the {@code prod}
 * profile), a key file under the data folder, generated on first start with owner-only permissions.
 */
final class DataKeyLoader {

    static final String KEY_FILE = "data-key.base64";

    private static final Logger log = LoggerFactory.getLogger(DataKeyLoader.class);

    private DataKeyLoader() {
    }

    static DataKey load(DataProtectionProperties properties) {
        String configured = properties.dataKey();
        if (configured != null && !configured.isBlank()) {
            return decode(configured, "ANM_DATA_KEY");
        }
        if (properties.dataKeyRequired()) {
            throw new IllegalStateException("ANM_DATA_KEY is required in this profile: set it to the base64 of 32 random"
                    + " bytes (for example `openssl rand -base64 32`). Refusing to start without it.");
        }
        return fromFile(properties.dataDir().resolve(KEY_FILE));
    }

    private static DataKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the data key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[DataKey.LENGTH];
        new SecureRandom().nextBytes(key);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another instance sharing the folder wrote it first
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        log.warn("ANM_DATA_KEY is not set: generated a data key in {} (owner-only). Personal data is encrypted with it;"
                + " back it up, and set ANM_DATA_KEY in production.", file.toAbsolutePath());
    }

    private static DataKey decode(String base64, String source) {
        try {
            return new DataKey(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the data key from " + source + " is not base64 of 32 bytes", e);
        }
    }
}
