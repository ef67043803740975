package vn.anm.assistant.report;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where data lives and the key that encrypts personal data at rest ({@code anm.*}).
 *
 * @param dataDir         the data folder (ANM_DATA_DIR): embedded database, generated key file
 * @param dataKey         base64 of 32 random bytes (ANM_DATA_KEY), the AES-256-GCM key
 * @param dataKeyRequired refuse to start without {@code dataKey} (on in the {@code prod} profile);
 *                        otherwise a key file is generated under {@code dataDir}
 */
@ConfigurationProperties("anm")
public record DataProtectionProperties(@DefaultValue("./data") Path dataDir, @Nullable String dataKey,
        @DefaultValue("false") boolean dataKeyRequired) {

    @Override
    public String toString() {
        return "DataProtectionProperties[dataDir=" + dataDir + ", dataKey=" + (dataKey == null ? "(none)" : "****")
                + ", dataKeyRequired=" + dataKeyRequired + "]";
    }
}
