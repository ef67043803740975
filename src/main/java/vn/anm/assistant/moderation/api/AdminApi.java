package vn.anm.assistant.moderation.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.api.ApiTypes.AccountRequest;
import vn.anm.assistant.moderation.api.ApiTypes.AccountView;
import vn.anm.assistant.moderation.api.ApiTypes.TokenRequest;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditEntry;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.security.Account;
import vn.anm.assistant.moderation.security.AccountAdministration;
import vn.anm.assistant.moderation.security.Accounts;
import vn.anm.assistant.moderation.security.ApiTokens;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** Accounts, API tokens and the audit log through the admin API (role ADMIN). */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Quản trị", description = "Tài khoản, mã truy cập và nhật ký (vai trò ADMIN)")
@SecurityRequirement(name = "token")
class AdminApi {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AccountAdministration administration;
    private final AuditLog audit;

    AdminApi(Accounts accounts, ApiTokens tokens, AccountAdministration administration, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.administration = administration;
        this.audit = audit;
    }

    @GetMapping("/accounts")
    Mono<List<AccountView>> accounts() {
        return accounts.all().map(AdminApi::view).collectList();
    }

    @PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tạo tài khoản với mật khẩu tạm (phải đổi khi đăng nhập lần đầu)")
    Mono<ResponseEntity<AccountView>> create(@AuthenticationPrincipal ConsolePrincipal me, @RequestBody AccountRequest request) {
        return administration.create(ApiTypes.text(request.username()), ApiTypes.text(request.displayName()),
                        AccountAdministration.roles(ApiTypes.list(request.roles())), request.password() == null ? "" : request.password(), me.username())
                .map(a -> ResponseEntity.status(HttpStatus.CREATED).body(view(a)));
    }

    @PutMapping(path = "/accounts/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa họ tên, vai trò, khóa/mở tài khoản")
    Mono<AccountView> update(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String username, @RequestBody AccountRequest request) {
        return administration.update(username, ApiTypes.text(request.displayName()), AccountAdministration.roles(ApiTypes.list(request.roles())),
                Boolean.TRUE.equals(request.disabled()), me.username()).map(AdminApi::view);
    }

    @PostMapping(path = "/accounts/{username}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cấp mã truy cập cá nhân cho tài khoản (chỉ hiện một lần)")
    Mono<ResponseEntity<ApiTokens.IssuedToken>> issue(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String username,
            @RequestBody TokenRequest request) {
        return administration.issueToken(username, ApiTypes.text(request.name()), me.username())
                .map(t -> ResponseEntity.status(HttpStatus.CREATED).body(t));
    }

    @GetMapping("/tokens")
    Mono<List<ApiTokens.TokenInfo>> tokens() {
        return tokens.all().collectList();
    }

    @DeleteMapping("/tokens/{id}")
    Mono<ResponseEntity<Void>> revoke(@AuthenticationPrincipal ConsolePrincipal me, @PathVariable String id) {
        return administration.revokeToken(id, me.username()).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/audit")
    @Operation(summary = "Nhật ký, mới nhất trước; before = id để xem trang cũ hơn")
    Mono<List<AuditEntry>> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, @RequestParam(defaultValue = "100") int limit) {
        AuditAction filter;
        try {
            filter = action == null || action.isBlank() ? null : AuditAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw new ApiInputException("Không có loại việc “" + action + "”.");
        }
        return audit.recent(actor == null || actor.isBlank() ? null : actor, filter, Math.max(1, Math.min(limit, 1000)), before).collectList();
    }

    private static AccountView view(Account a) {
        return new AccountView(a.username(), a.displayName(), a.roles().stream().map(Enum::name).sorted().toList(), a.mustChangePassword(),
                a.totpEnabled(), a.disabled(), a.createdAt());
    }
}
