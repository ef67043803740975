package vn.anm.assistant.moderation.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;

/**
 * What an administrator does to accounts, each step audited: create one with a temporary password (to be
 * changed at the first sign-in), change its name, roles or lock, reset its password or its two-factor key,
 * issue and revoke its API tokens. The last active administrator cannot lock or demote themselves.
 */
public final class AccountAdministration {

    /** A refused change, in Vietnamese. */
    public static final class Refused extends RuntimeException {

        public Refused(String message) {
            super(message);
        }
    }

    private final Accounts accounts;
    private final ConsoleSessions sessions;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public AccountAdministration(Accounts accounts, ConsoleSessions sessions, ApiTokens tokens, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
    }

    public Mono<Account> create(String username, String displayName, Set<Role> roles, String temporaryPassword, String actor) {
        List<String> problems = new ArrayList<>();
        if (!username.matches(AccountRules.USERNAME)) {
            problems.add("Tên đăng nhập gồm 3–64 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.");
        }
        if (displayName.isBlank() || displayName.length() > 120) {
            problems.add("Nhập họ tên (tối đa 120 ký tự).");
        }
        if (roles.isEmpty()) {
            problems.add("Chọn ít nhất một vai trò.");
        }
        problems.addAll(AccountRules.passwordProblems(username, temporaryPassword, temporaryPassword));
        if (!problems.isEmpty()) {
            return Mono.error(new Refused(String.join(" ", problems)));
        }
        return accounts.find(username)
                .flatMap(existing -> Mono.<Account>error(new Refused("Đã có tài khoản “" + username + "”.")))
                .switchIfEmpty(Mono.defer(() -> hash(temporaryPassword)
                        .flatMap(hash -> accounts.insert(username, displayName.strip(), hash, roles))
                        .then(audit.record(actor, AuditAction.ACCOUNT_CREATED, username, null, describe(displayName, roles, false)))
                        .then(accounts.find(username))));
    }

    public Mono<Account> update(String username, String displayName, Set<Role> roles, boolean disabled, String actor) {
        return existing(username).flatMap(before -> {
            if (displayName.isBlank() || displayName.length() > 120) {
                return Mono.error(new Refused("Nhập họ tên (tối đa 120 ký tự)."));
            }
            if (roles.isEmpty()) {
                return Mono.error(new Refused("Chọn ít nhất một vai trò."));
            }
            boolean losesAdmin = before.roles().contains(Role.ADMIN) && !before.disabled() && (!roles.contains(Role.ADMIN) || disabled);
            Mono<Long> admins = losesAdmin ? accounts.countAdmins() : Mono.just(2L);
            return admins.flatMap(n -> n <= 1
                    ? Mono.<Account>error(new Refused("Đây là quản trị viên cuối cùng còn hoạt động: không thể khóa hay bỏ quyền quản trị.")) 
                    : accounts.update(username, displayName.strip(), roles, disabled)
                            .then(rolesChanged(before, roles, disabled) ? sessions.endAllOf(username) : Mono.empty())
                            .then(disabled ? tokens.revokeAllOf(username) : Mono.empty())
                            .then(audit.record(actor, AuditAction.ACCOUNT_CHANGED, username,
                                    describe(before.displayName(), before.roles(), before.disabled()), describe(displayName, roles, disabled)))
                            .then(accounts.find(username)));
        });
    }

    public Mono<Void> resetPassword(String username, String temporaryPassword, String actor) {
        List<String> problems = AccountRules.passwordProblems(username, temporaryPassword, temporaryPassword);
        if (!problems.isEmpty()) {
            return Mono.error(new Refused(String.join(" ", problems)));
        }
        return existing(username).then(hash(temporaryPassword))
                .flatMap(hash -> accounts.changePassword(username, hash, true))
                .then(sessions.endAllOf(username))
                .then(audit.record(actor, AuditAction.PASSWORD_RESET, username, null, "mật khẩu tạm, phải đổi khi đăng nhập"));
    }

    public Mono<Void> resetTotp(String username, String actor) {
        return existing(username).then(accounts.setTotp(username, null)).then(sessions.endAllOf(username))
                .then(audit.record(actor, AuditAction.TOTP_DISABLED, username, "bật", "tắt (quản trị viên đặt lại)"));
    }

    public Mono<ApiTokens.IssuedToken> issueToken(String username, String name, String actor) {
        if (name.isBlank() || name.length() > 120) {
            return Mono.error(new Refused("Đặt tên cho mã truy cập (ví dụ: “máy chủ nhập dữ liệu”), tối đa 120 ký tự."));
        }
        return existing(username).flatMap(account -> account.disabled()
                ? Mono.<ApiTokens.IssuedToken>error(new Refused("Tài khoản đang bị khóa."))
                : tokens.issue(username, name.strip(), actor)
                        .flatMap(t -> audit.record(actor, AuditAction.TOKEN_ISSUED, username, null, t.id() + " “" + name.strip() + "”")
                                .thenReturn(t)));
    }

    public Mono<Void> revokeToken(String id, String actor) {
        return tokens.revoke(id).flatMap(revoked -> revoked
                ? audit.record(actor, AuditAction.TOKEN_REVOKED, id)
                : Mono.error(new Refused("Không có mã truy cập “" + id + "” còn hiệu lực.")));
    }

    private Mono<Account> existing(String username) {
        return accounts.find(username).switchIfEmpty(Mono.error(() -> new Refused("Không có tài khoản “" + username + "”.")));
    }

    private Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    private static boolean rolesChanged(Account before, Set<Role> roles, boolean disabled) {
        return disabled || !EnumSet.copyOf(before.roles().isEmpty() ? EnumSet.noneOf(Role.class) : before.roles()).equals(roles);
    }

    private static String describe(String name, Set<Role> roles, boolean disabled) {
        return name + "; vai trò: " + Role.format(roles) + (disabled ? "; bị khóa" : "");
    }

    public static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new Refused("Vai trò không hợp lệ: " + name);
            }
        }
        return roles;
    }
}
