package vn.anm.assistant.moderation.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.moderation.Timestamps;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;

/**
 * Checks a name and password (the sign-in form, and HTTP Basic on the admin API). A locked name is
 * refused before the password is looked at; a wrong one counts towards the lock. An unknown name costs
 * the same hashing time as a known one and gets the same answer.
 */
public final class PasswordSignIn implements ReactiveAuthenticationManager {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final String unknownHash;

    public PasswordSignIn(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit, MeterRegistry meters) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.meters = meters;
        this.unknownHash = encoder.encode(Secrets.random(16));
    }

    @Override
    public Mono<Authentication> authenticate(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName().strip();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        return check(name, password).map(account -> ConsolePrincipal.of(account, Stage.afterPassword(account), null).authentication());
    }

    /** The account, if the password is right and the name not locked; else an error the sign-in page words. */
    public Mono<Account> check(String name, String password) {
        return throttle.lockedUntil(name)
                .flatMap(until -> count("locked").then(Mono.<Account>error(locked(until))))
                .switchIfEmpty(Mono.defer(() -> accounts.find(name).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(account -> Mono.fromCallable(() -> encoder.matches(password, account.map(Account::passwordHash).orElse(unknownHash))
                                && account.isPresent())
                                .subscribeOn(Schedulers.boundedElastic())
                                .flatMap(matches -> matches ? accepted(account.get()) : refused(name)))));
    }

    private Mono<Account> accepted(Account account) {
        if (account.disabled()) {
            return audit.record(account.username(), AuditAction.SIGN_IN_FAILED, "tài khoản đã bị khóa")
                    .then(count("disabled"))
                    .then(Mono.error(new DisabledException("Tài khoản này đã bị quản trị viên khóa.")));
        }
        return throttle.clear(account.username()).then(count("password-ok")).thenReturn(account);
    }

    private Mono<Account> refused(String name) {
        return throttle.fail(name)
                .flatMap(until -> audit.record(name, AuditAction.SIGN_IN_LOCKED, "đến " + Timestamps.shown(until))
                        .then(count("locked")).then(Mono.<Account>error(locked(until))))
                .switchIfEmpty(Mono.defer(() -> audit.record(name, AuditAction.SIGN_IN_FAILED, "sai tên đăng nhập hoặc mật khẩu")
                        .then(count("failed"))
                        .then(Mono.error(new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu.")))));
    }

    private Mono<Void> count(String outcome) {
        return Mono.fromRunnable(() -> meters.counter("anm.console.logins", "outcome", outcome).increment());
    }

    static LockedException locked(Instant until) {
        return new LockedException("Đăng nhập tạm bị khóa vì nhập sai nhiều lần. Hãy thử lại sau " + Timestamps.shown(until) + ".");
    }
}
