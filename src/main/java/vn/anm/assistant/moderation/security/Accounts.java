package vn.anm.assistant.moderation.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.storage.SqlTimestamps;

/** Console accounts in {@code console_account}. */
public final class Accounts {

    private final DatabaseClient db;
    private final Clock clock;

    public Accounts(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Account> find(String username) {
        return db.sql("SELECT * FROM console_account WHERE username = :u").bind("u", username).map(Accounts::read).one();
    }

    public Flux<Account> all() {
        return db.sql("SELECT * FROM console_account ORDER BY username").map(Accounts::read).all();
    }

    public Mono<Long> countAdmins() {
        return all().filter(a -> a.roles().contains(Role.ADMIN) && !a.disabled()).count();
    }

    public Mono<Void> insert(String username, String displayName, String passwordHash, Set<Role> roles) {
        Instant now = clock.instant();
        return db.sql("""
                INSERT INTO console_account (username, display_name, password_hash, roles, must_change_password, totp_last_step,
                    disabled, created_at, updated_at)
                VALUES (:u, :name, :hash, :roles, TRUE, 0, FALSE, :now, :now)
                """)
                .bind("u", username).bind("name", displayName).bind("hash", passwordHash).bind("roles", Role.format(roles))
                .bind("now", SqlTimestamps.at(now))
                .then();
    }

    public Mono<Void> changePassword(String username, String passwordHash, boolean mustChange) {
        return db.sql("UPDATE console_account SET password_hash = :hash, must_change_password = :must, updated_at = :now WHERE username = :u")
                .bind("hash", passwordHash).bind("must", mustChange).bind("now", SqlTimestamps.at(clock.instant())).bind("u", username)
                .then();
    }

    public Mono<Void> setTotp(String username, @Nullable String encryptedSecret) {
        var spec = db.sql("UPDATE console_account SET totp_secret_enc = :s, totp_last_step = 0, updated_at = :now WHERE username = :u")
                .bind("now", SqlTimestamps.at(clock.instant())).bind("u", username);
        return (encryptedSecret == null ? spec.bindNull("s", String.class) : spec.bind("s", encryptedSecret)).then();
    }

    /** Records the time step of a used code; false when that step (or a later one) was used already: a replay. */
    public Mono<Boolean> useTotpStep(String username, long step) {
        return db.sql("UPDATE console_account SET totp_last_step = :step WHERE username = :u AND totp_last_step < :step")
                .bind("step", step).bind("u", username)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Void> update(String username, String displayName, Set<Role> roles, boolean disabled) {
        return db.sql("""
                UPDATE console_account SET display_name = :name, roles = :roles, disabled = :disabled, updated_at = :now
                WHERE username = :u
                """)
                .bind("name", displayName).bind("roles", Role.format(roles)).bind("disabled", disabled)
                .bind("now", SqlTimestamps.at(clock.instant())).bind("u", username)
                .then();
    }

    private static Account read(Readable row) {
        Object step = row.get("totp_last_step");
        return new Account(row.get("username", String.class), row.get("display_name", String.class), row.get("password_hash", String.class),
                Role.parse(row.get("roles", String.class)), Boolean.TRUE.equals(row.get("must_change_password", Boolean.class)),
                row.get("totp_secret_enc", String.class), step instanceof Number n ? n.longValue() : 0,
                Boolean.TRUE.equals(row.get("disabled", Boolean.class)), SqlTimestamps.instant(row, "created_at"),
                SqlTimestamps.instant(row, "updated_at"));
    }
}
