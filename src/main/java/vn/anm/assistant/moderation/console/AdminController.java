package vn.anm.assistant.moderation.console;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.security.AccountAdministration;
import vn.anm.assistant.moderation.security.Accounts;
import vn.anm.assistant.moderation.security.ApiTokens;
import vn.anm.assistant.moderation.security.ConsolePrincipal;
import vn.anm.assistant.moderation.security.Role;

/** Administrators' pages: accounts (create, roles, lock, password and two-factor reset), API tokens, the audit log. */
@Controller
class AdminController {

    static final int AUDIT_PAGE = 100;

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AccountAdministration administration;
    private final AuditLog audit;
    private final Clock clock;

    AdminController(Accounts accounts, ApiTokens tokens, AccountAdministration administration, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.administration = administration;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/console/accounts")
    Mono<Rendering> accounts(@RequestParam(required = false) String done) {
        return page(done == null ? "" : done, "", null, HttpStatus.OK);
    }

    @PostMapping("/console/accounts")
    Mono<Rendering> create(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> administration.create(text(form.getFirst("username")), text(form.getFirst("displayName")),
                        AccountAdministration.roles(form.getOrDefault("roles", List.of())), String.valueOf(form.getFirst("password")), me.username())
                .map(a -> done("Đã tạo tài khoản “" + a.username() + "”. Người đó phải đổi mật khẩu tạm khi đăng nhập lần đầu.")))
                .onErrorResume(AccountAdministration.Refused.class, e -> page("", e.getMessage(), null, HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @PostMapping("/console/accounts/{username}")
    Mono<Rendering> update(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String username, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> administration.update(username, text(form.getFirst("displayName")),
                        AccountAdministration.roles(form.getOrDefault("roles", List.of())), "on".equals(form.getFirst("disabled")), me.username())
                .map(a -> done("Đã lưu tài khoản “" + username + "”.")))
                .onErrorResume(AccountAdministration.Refused.class, e -> page("", e.getMessage(), null, HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @PostMapping("/console/accounts/{username}/password")
    Mono<Rendering> resetPassword(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String username, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> administration.resetPassword(username, String.valueOf(form.getFirst("password")), me.username())
                .thenReturn(done("Đã đặt mật khẩu tạm cho “" + username + "”; các phiên đăng nhập của họ đã kết thúc.")))
                .onErrorResume(AccountAdministration.Refused.class, e -> page("", e.getMessage(), null, HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @PostMapping("/console/accounts/{username}/totp")
    Mono<Rendering> resetTotp(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String username) {
        return administration.resetTotp(username, me.username())
                .thenReturn(done("Đã tắt xác thực hai lớp của “" + username + "”; họ sẽ thiết lập lại khi đăng nhập."))
                .onErrorResume(AccountAdministration.Refused.class, e -> page("", e.getMessage(), null, HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @PostMapping("/console/accounts/{username}/tokens")
    Mono<Rendering> issueToken(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String username, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> administration.issueToken(username, text(form.getFirst("name")), me.username()))
                .flatMap(token -> page("Đã cấp mã truy cập. Hãy chép ngay: mã chỉ hiện một lần.", "", token, HttpStatus.OK))
                .onErrorResume(AccountAdministration.Refused.class, e -> page("", e.getMessage(), null, HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @PostMapping("/console/accounts/tokens/{id}/revoke")
    Mono<Rendering> revokeToken(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id) {
        return administration.revokeToken(id, me.username()).thenReturn(done("Đã thu hồi mã truy cập " + id + "."))
                .onErrorResume(AccountAdministration.Refused.class, e -> page("", e.getMessage(), null, HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @GetMapping("/console/audit")
    Mono<Rendering> auditLog(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before) {
        AuditAction filter = null;
        try {
            filter = action.isEmpty() ? null : AuditAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            filter = null;
        }
        return audit.recent(actor.isBlank() ? null : actor.strip(), filter, AUDIT_PAGE, before).collectList()
                .map(entries -> Rendering.view("console/audit").modelAttribute("entries", entries).modelAttribute("actor", actor)
                        .modelAttribute("action", action).modelAttribute("actions", AuditAction.values())
                        .modelAttribute("next", entries.size() == AUDIT_PAGE ? entries.get(entries.size() - 1).id() : 0L).build());
    }

    private Rendering done(String message) {
        return Rendering.redirectTo("/console/accounts?done=" + java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8)).build();
    }

    private Mono<Rendering> page(String notice, String error, ApiTokens.@Nullable IssuedToken issued, HttpStatus status) {
        return Mono.zip(accounts.all().collectList(), tokens.all().collectList())
                .map(t -> Rendering.view("console/accounts").modelAttribute("accounts", t.getT1()).modelAttribute("tokens", t.getT2())
                        .modelAttribute("roles", Role.values()).modelAttribute("notice", notice).modelAttribute("error", error)
                        .modelAttribute("issued", issued == null ? "" : issued).modelAttribute("now", clock.instant())
                        .status(status).build());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
