package vn.anm.assistant.channel.zalo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.DataProtection;

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

    StoredZaloTokenStore(DatabaseClient db, DataProtection protection, JsonMapper json, String appId,
            ZaloTokenStore formerFile) {
        this.db = db;
        this.protection = protection;
        this.json = json;
        this.appId = appId;
        this.formerFile = formerFile;
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
            OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
            OffsetDateTime expires = tokens.expiresAt().atOffset(ZoneOffset.UTC);
            return db.sql("UPDATE zalo_token SET tokens_enc = :tokens, expires_at = :expires, stored_at = :now WHERE app_id = :appId")
                    .bind("tokens", sealed)
                    .bind("expires", expires)
                    .bind("now", now)
                    .bind("appId", appId)
                    .fetch().rowsUpdated()
                    .flatMap(updated -> updated > 0 ? Mono.empty()
                            : db.sql("INSERT INTO zalo_token (app_id, tokens_enc, expires_at, stored_at) VALUES (:appId, :tokens, :expires, :now)")
                                    .bind("appId", appId)
                                    .bind("tokens", sealed)
                                    .bind("expires", expires)
                                    .bind("now", now)
                                    .then());
        }).retryWhen(Retry.max(2).filter(DuplicateKeyException.class::isInstance)).then();
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
