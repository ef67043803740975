package vn.anm.assistant.scamcheck.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code anm.scamcheck}: the allowlist seed file, how long citizens' reports and check counts are kept, and how
 * often an instance re-reads the lists other instances changed.
 */
@ConfigurationProperties("anm.scamcheck")
public record ScamCheckProperties(@DefaultValue("knowledge-base/scamcheck/allowlist.tsv") Path seedFile,
        @DefaultValue("90d") Duration reviewRetention, @DefaultValue("10s") Duration refreshEvery) {
}
