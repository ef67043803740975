package vn.anm.assistant.moderation.security;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.ConsoleProperties;
import vn.anm.assistant.storage.SqlTimestamps;

/**
 * Personal API tokens an administrator issues for an account: {@code anm_<id>_<secret>}, shown once; the
 * table keeps the SHA-256 of the secret. A token acts with its account's roles; revoked or expired, it stops.
 */
public final class ApiTokens {

    public record IssuedToken(String id, String token, Instant expiresAt) {
    }

    public record TokenInfo(String id, String username, String name, String createdBy, Instant createdAt, Instant expiresAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private final DatabaseClient db;
    private final ConsoleProperties properties;
    private final Clock clock;

    public ApiTokens(DatabaseClient db, ConsoleProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<IssuedToken> issue(String username, String name, String issuedBy) {
        String id = Secrets.random(9).replace('-', 'x').replace('_', 'y');
        String secret = Secrets.random(32);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.tokenValidity());
        return db.sql("""
                INSERT INTO console_token (id, username, secret_hash, name, created_by, created_at, expires_at)
                VALUES (:id, :u, :hash, :name, :by, :now, :expires)
                """)
                .bind("id", id).bind("u", username).bind("hash", Secrets.sha256(secret)).bind("name", name).bind("by", issuedBy)
                .bind("now", SqlTimestamps.at(now)).bind("expires", SqlTimestamps.at(expires))
                .then()
                .thenReturn(new IssuedToken(id, "anm_" + id + "_" + secret, expires));
    }

    /** The account name a presented token acts for, if it is valid now. */
    public Mono<String> authenticate(String token) {
        String[] parts = token.split("_", 3);
        if (parts.length != 3 || !parts[0].equals("anm") || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        return db.sql("SELECT username, secret_hash, expires_at, revoked_at FROM console_token WHERE id = :id")
                .bind("id", parts[1])
                .map(row -> new Object[] {row.get("username", String.class), row.get("secret_hash", String.class),
                        SqlTimestamps.instant(row, "expires_at"), SqlTimestamps.nullable(row, "revoked_at")})
                .one()
                .filter(r -> Secrets.sameHash((String) r[1], Secrets.sha256(parts[2])) && r[3] == null && ((Instant) r[2]).isAfter(now))
                .flatMap(r -> db.sql("UPDATE console_token SET last_used_at = :now WHERE id = :id")
                        .bind("now", SqlTimestamps.at(now)).bind("id", parts[1]).then().thenReturn((String) r[0]));
    }

    public Flux<TokenInfo> all() {
        return db.sql("SELECT * FROM console_token ORDER BY created_at DESC")
                .map(row -> new TokenInfo(row.get("id", String.class), row.get("username", String.class), row.get("name", String.class),
                        row.get("created_by", String.class), SqlTimestamps.instant(row, "created_at"), SqlTimestamps.instant(row, "expires_at"),
                        SqlTimestamps.nullable(row, "last_used_at"), SqlTimestamps.nullable(row, "revoked_at")))
                .all();
    }

    public Mono<Boolean> revoke(String id) {
        return db.sql("UPDATE console_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", SqlTimestamps.at(clock.instant())).bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Void> revokeAllOf(String username) {
        return db.sql("UPDATE console_token SET revoked_at = :now WHERE username = :u AND revoked_at IS NULL")
                .bind("now", SqlTimestamps.at(clock.instant())).bind("u", username)
                .then();
    }
}
