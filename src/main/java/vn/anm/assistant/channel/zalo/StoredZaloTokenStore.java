package vn.anm.assistant.channel.zalo;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.storage.KeyedRow;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * The token pair in {@code zalo_token}, one row per app id, encrypted with the data key: shared by
 * every instance and kept across restarts. {@link #save} completes once the database has committed the
 * row. With no row yet, a pair left in the former token file is read instead (the environment's
 * refresh token may be spent already); the next refresh stores it here.
 */
final class StoredZaloTokenStore implements ZaloTokenStore {

    private final DatabaseClient db;
    private final DataProtection protection;
    private final JsonMapper json;
    private final String appId;
    private final ZaloTokenStore formerFile;
    private final Clock clock;

    StoredZaloTokenStore(DatabaseClient db, DataProtection protection, JsonMapper json, String appId,
            ZaloTokenStore formerFile, Clock clock) {
        this.db = db;
        this.protection = protection;
        this.json = json;
        this.appId = appId;
        this.formerFile = formerFile;
        this.clock = clock;
    }

    @Override
    public Mono<Optional<ZaloTokens>> load() {
        return db.sql("SELECT tokens_enc FROM zalo_token WHERE app_id = :appId")
                .bind("appId", appId)
                .map(row -> row.get("tokens_enc", String.class))
                .one()
                .map(sealed -> Optional.of(open(sealed)))
                .switchIfEmpty(Mono.defer(formerFile::load));
    }

    @Override
    public Mono<Void> save(ZaloTokens tokens) {
        return Mono.defer(() -> {
            String sealed = protection.encrypt(json.writeValueAsBytes(new SealedPair(tokens.accessToken(),
                    tokens.refreshToken(), tokens.expiresAt())), context());
            return KeyedRow.of("zalo_token", "app_id", appId)
                    .with("tokens_enc", sealed)
                    .with("expires_at", SqlTimestamps.at(tokens.expiresAt()))
                    .with("stored_at", SqlTimestamps.at(clock.instant()))
                    .save(db);
        });
    }

    private ZaloTokens open(String sealed) {
        SealedPair pair = json.readValue(protection.decrypt(sealed, context()), SealedPair.class);
        return new ZaloTokens(pair.accessToken(), pair.refreshToken(), pair.expiresAt());
    }

    private String context() {
        return "zalo_token.tokens_enc:" + appId;
    }

    /** The encrypted JSON shape. */
    record SealedPair(String accessToken, String refreshToken, Instant expiresAt) {

        @Override
        public String toString() {
            return "SealedPair[****]";
        }
    }
}
