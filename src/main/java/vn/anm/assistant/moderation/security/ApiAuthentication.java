package vn.anm.assistant.moderation.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.ConsoleProperties;

/**
 * The admin API's credentials, from the Authorization header only (never the console's cookie, so no
 * cross-site request can use them): a personal token ({@code Bearer anm_…}) or, when allowed, HTTP Basic
 * over TLS. Basic is refused for an account with two-factor sign-in (it would skip the second factor) and
 * for one that must still change its password.
 */
public final class ApiAuthentication implements ServerAuthenticationConverter, ReactiveAuthenticationManager {

    /** A presented personal token before it is checked. */
    static final class BearerToken extends AbstractAuthenticationToken {

        private final String token;

        BearerToken(String token) {
            super(java.util.List.of());
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return "token";
        }
    }

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final PasswordSignIn passwords;
    private final ConsoleProperties properties;

    public ApiAuthentication(ApiTokens tokens, Accounts accounts, PasswordSignIn passwords, ConsoleProperties properties) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Mono.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Mono.just(new BearerToken(header.substring(7).strip()));
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return Mono.just(UsernamePasswordAuthenticationToken.unauthenticated(decoded.substring(0, colon), decoded.substring(colon + 1)));
                }
            } catch (IllegalArgumentException e) {
                // falls through to the refusal below
            }
            return Mono.error(new BadCredentialsException("Tiêu đề Authorization kiểu Basic không đọc được."));
        }
        return Mono.error(new BadCredentialsException("Chỉ nhận mã truy cập cá nhân (Bearer) hoặc HTTP Basic."));
    }

    @Override
    public Mono<Authentication> authenticate(Authentication presented) {
        if (presented instanceof BearerToken bearer) {
            return tokens.authenticate((String) bearer.getCredentials())
                    .switchIfEmpty(Mono.error(new BadCredentialsException("Mã truy cập không đúng, đã hết hạn hoặc đã bị thu hồi.")))
                    .flatMap(accounts::find)
                    .flatMap(this::usable);
        }
        if (!properties.apiBasicAuth()) {
            return Mono.error(new BadCredentialsException("HTTP Basic đã tắt: hãy dùng mã truy cập cá nhân (Bearer)."));
        }
        return passwords.check(presented.getName(), String.valueOf(presented.getCredentials()))
                .flatMap(account -> {
                    if (account.totpEnabled()) {
                        return Mono.error(new BadCredentialsException(
                                "Tài khoản có xác thực hai lớp: hãy dùng mã truy cập cá nhân (Bearer) do quản trị viên cấp."));
                    }
                    if (account.mustChangePassword()) {
                        return Mono.error(new BadCredentialsException("Hãy đăng nhập bảng điều khiển và đổi mật khẩu trước."));
                    }
                    return usable(account);
                });
    }

    private Mono<Authentication> usable(Account account) {
        if (account.disabled()) {
            return Mono.error(new DisabledException("Tài khoản này đã bị quản trị viên khóa."));
        }
        return Mono.just(ConsolePrincipal.of(account, Stage.FULL, null).authentication());
    }
}
