package vn.anm.assistant.moderation.console;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.report.DataProtection;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.security.Account;
import vn.anm.assistant.moderation.security.AccountRules;
import vn.anm.assistant.moderation.security.Accounts;
import vn.anm.assistant.moderation.security.ConsolePrincipal;
import vn.anm.assistant.moderation.security.ConsoleSessions;
import vn.anm.assistant.moderation.security.LoginThrottle;
import vn.anm.assistant.moderation.security.QrCodes;
import vn.anm.assistant.moderation.security.Role;
import vn.anm.assistant.moderation.security.Stage;
import vn.anm.assistant.moderation.security.Totp;

/**
 * Signing in: the form (Spring Security checks the password), then the TOTP code, a forced password change,
 * and setting up two-factor sign-in; each step advances the session to the next stage.
 */
@Controller
class SignInController {

    static final String ISSUER = "Trợ lý An ninh mạng";
    static final String TOTP_CONTEXT = "console_account.totp_secret";

    private final Accounts accounts;
    private final ConsoleSessions sessions;
    private final PasswordEncoder encoder;
    private final Totp totp;
    private final LoginThrottle throttle;
    private final DataProtection protection;
    private final AuditLog audit;
    private final Clock clock;

    SignInController(Accounts accounts, ConsoleSessions sessions, PasswordEncoder encoder, Totp totp, LoginThrottle throttle,
            DataProtection protection, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.encoder = encoder;
        this.totp = totp;
        this.throttle = throttle;
        this.protection = protection;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/console/login")
    Rendering login(@RequestParam(required = false) String error, @RequestParam(required = false) String out) {
        String message = error == null ? null : switch (error) {
            case "locked" -> "Đăng nhập tạm bị khóa vì nhập sai nhiều lần. Hãy chờ vài phút rồi thử lại.";
            case "disabled" -> "Tài khoản này đã bị quản trị viên khóa.";
            default -> "Sai tên đăng nhập hoặc mật khẩu.";
        };
        return Rendering.view("console/login").modelAttribute("error", message == null ? "" : message)
                .modelAttribute("signedOut", out != null).build();
    }

    @GetMapping("/console/login/totp")
    Rendering totpForm() {
        return Rendering.view("console/login-totp").modelAttribute("error", "").build();
    }

    @PostMapping("/console/login/totp")
    Mono<Rendering> totpCode(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        String key = "totp:" + me.username();
        return exchange.getFormData().flatMap(form -> throttle.lockedUntil(key)
                .map(until -> Rendering.view("console/login-totp").modelAttribute("error",
                        "Nhập sai mã quá nhiều lần. Hãy thử lại sau " + vn.anm.assistant.moderation.Timestamps.shown(until) + ".").build())
                .switchIfEmpty(Mono.defer(() -> accounts.find(me.username()).flatMap(account -> {
                    OptionalLong step = account.totpSecret() == null ? OptionalLong.empty()
                            : totp.verify(secret(account), String.valueOf(form.getFirst("code")), clock.instant());
                    Mono<Boolean> fresh = step.isPresent() ? accounts.useTotpStep(me.username(), step.getAsLong()) : Mono.just(false);
                    return fresh.flatMap(ok -> ok
                            ? throttle.clear(key).then(advance(me, Stage.after(Stage.TOTP, account)))
                            : throttle.fail(key).then(audit.record(me.username(), AuditAction.TOTP_FAILED, "đăng nhập"))
                                    .thenReturn(Rendering.view("console/login-totp")
                                            .modelAttribute("error", "Mã không đúng hoặc đã dùng rồi. Hãy nhập mã đang hiện trong ứng dụng xác thực.")
                                            .build()));
                }))));
    }

    @GetMapping("/console/password")
    Rendering passwordForm(@AuthenticationPrincipal ConsolePrincipal me) {
        return Rendering.view("console/password").modelAttribute("forced", me.stage() == Stage.PASSWORD)
                .modelAttribute("problems", List.of()).build();
    }

    @PostMapping("/console/password")
    Mono<Rendering> changePassword(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        boolean forced = me.stage() == Stage.PASSWORD;
        return exchange.getFormData().flatMap(form -> accounts.find(me.username()).flatMap(account -> {
            String current = String.valueOf(form.getFirst("current"));
            String next = String.valueOf(form.getFirst("password"));
            List<String> problems = new java.util.ArrayList<>(AccountRules.passwordProblems(me.username(), next,
                    String.valueOf(form.getFirst("confirm"))));
            return Mono.fromCallable(() -> {
                if (!forced && !encoder.matches(current, account.passwordHash())) {
                    problems.add(0, "Mật khẩu hiện tại không đúng.");
                }
                if (encoder.matches(next, account.passwordHash())) {
                    problems.add("Mật khẩu mới phải khác mật khẩu cũ.");
                }
                return problems.isEmpty() ? encoder.encode(next) : "";
            }).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()).flatMap(hash -> {
                if (!problems.isEmpty()) {
                    return Mono.just(Rendering.view("console/password").modelAttribute("forced", forced).modelAttribute("problems", problems).build());
                }
                return accounts.changePassword(me.username(), hash, false)
                        .then(sessions.endAllOf(me.username(), me.sessionId()))
                        .then(audit.record(me.username(), AuditAction.PASSWORD_CHANGED, me.username()))
                        .then(accounts.find(me.username()))
                        .flatMap(updated -> forced ? advance(me, Stage.after(Stage.PASSWORD, updated))
                                : Mono.just(Rendering.redirectTo("/console?done=password").build()));
            });
        }));
    }

    @GetMapping("/console/totp")
    Mono<Rendering> totpSetup(@AuthenticationPrincipal ConsolePrincipal me) {
        return accounts.find(me.username()).map(account -> setupPage(me, account, Totp.newSecret(), ""));
    }

    @PostMapping("/console/totp")
    Mono<Rendering> totpEnable(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> accounts.find(me.username()).flatMap(account -> {
            byte[] secret;
            try {
                secret = protection.decrypt(String.valueOf(form.getFirst("pending")), TOTP_CONTEXT + ":" + me.username());
            } catch (RuntimeException e) {
                return Mono.just(setupPage(me, account, Totp.newSecret(), "Phiên thiết lập đã hết hạn; hãy quét mã mới."));
            }
            OptionalLong step = totp.verify(secret, String.valueOf(form.getFirst("code")), clock.instant());
            if (step.isEmpty()) {
                return Mono.just(setupPage(me, account, secret, "Mã không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiện."));
            }
            return accounts.setTotp(me.username(), protection.encrypt(secret, TOTP_CONTEXT))
                    .then(accounts.useTotpStep(me.username(), step.getAsLong()))
                    .then(audit.record(me.username(), AuditAction.TOTP_ENABLED, me.username()))
                    .then(accounts.find(me.username()))
                    .flatMap(updated -> me.stage() == Stage.ENROL ? advance(me, Stage.after(Stage.ENROL, updated))
                            : Mono.just(Rendering.redirectTo("/console?done=totp-on").build()));
        }));
    }

    @PostMapping("/console/totp/disable")
    Mono<Rendering> totpDisable(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> accounts.find(me.username()).flatMap(account -> {
            if (account.roles().contains(Role.ADMIN)) {
                return Mono.just(setupPage(me, account, Totp.newSecret(), "Quản trị viên bắt buộc dùng xác thực hai lớp."));
            }
            OptionalLong step = account.totpSecret() == null ? OptionalLong.empty()
                    : totp.verify(secret(account), String.valueOf(form.getFirst("code")), clock.instant());
            if (step.isEmpty()) {
                return Mono.just(setupPage(me, account, Totp.newSecret(), "Mã không đúng: xác thực hai lớp vẫn bật."));
            }
            return accounts.setTotp(me.username(), null)
                    .then(audit.record(me.username(), AuditAction.TOTP_DISABLED, me.username()))
                    .thenReturn(Rendering.redirectTo("/console?done=totp-off").build());
        }));
    }

    private Rendering setupPage(ConsolePrincipal me, Account account, byte[] secret, String error) {
        String uri = Totp.uri(ISSUER, me.username(), secret);
        return Rendering.view("console/totp")
                .modelAttribute("enabled", account.totpEnabled())
                .modelAttribute("required", account.roles().contains(Role.ADMIN))
                .modelAttribute("enrolling", me.stage() == Stage.ENROL)
                .modelAttribute("qr", QrCodes.svg(uri))
                .modelAttribute("key", Totp.base32(secret).replaceAll("(.{4})(?!$)", "$1 "))
                .modelAttribute("pending", protection.encrypt(secret, TOTP_CONTEXT + ":" + me.username()))
                .modelAttribute("error", error)
                .build();
    }

    private Mono<Rendering> advance(ConsolePrincipal me, Stage next) {
        Mono<Void> signedIn = next == Stage.FULL ? audit.record(me.username(), AuditAction.SIGN_IN, "bảng điều khiển") : Mono.empty();
        return sessions.advance(me.sessionId(), next).then(signedIn).thenReturn(Rendering.redirectTo(next.page()).build());
    }

    private byte[] secret(Account account) {
        return protection.decrypt(account.totpSecret(), TOTP_CONTEXT);
    }
}
