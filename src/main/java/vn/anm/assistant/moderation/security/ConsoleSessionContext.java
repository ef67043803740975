package vn.anm.assistant.moderation.security;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.ConsoleProperties;

/**
 * The console's security context, kept in {@link ConsoleSessions} behind an HttpOnly, SameSite=Strict
 * cookie limited to /console (Secure unless turned off for plain-HTTP development). Saving a fresh sign-in
 * starts a session; saving nothing (sign-out) ends it. No WebSession is ever created.
 */
public final class ConsoleSessionContext implements ServerSecurityContextRepository {

    public static final String COOKIE = "ANM_CONSOLE";

    private final ConsoleSessions sessions;
    private final Accounts accounts;
    private final ConsoleProperties properties;

    public ConsoleSessionContext(ConsoleSessions sessions, Accounts accounts, ConsoleProperties properties) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, @Nullable SecurityContext context) {
        if (context == null || context.getAuthentication() == null) {
            String id = cookie(exchange);
            exchange.getResponse().addCookie(cookie("", 0));
            return id == null ? Mono.empty() : sessions.end(id);
        }
        if (context.getAuthentication().getPrincipal() instanceof ConsolePrincipal principal && principal.sessionId() == null) {
            return sessions.start(principal.username(), principal.stage())
                    .doOnNext(id -> {
                        exchange.getResponse().addCookie(cookie(id, -1));
                        context.setAuthentication(principal.withSession(id).authentication());
                    })
                    .then();
        }
        return Mono.empty();
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        String id = cookie(exchange);
        if (id == null || id.isBlank() || id.length() > 100) {
            return Mono.empty();
        }
        return sessions.find(id)
                .flatMap(session -> accounts.find(session.username())
                        .flatMap(account -> account.disabled() ? sessions.end(id).then(Mono.<Account>empty()) : Mono.just(account))
                        .map(account -> (SecurityContext) new SecurityContextImpl(ConsolePrincipal.of(account, session.stage(), id).authentication())));
    }

    private static @Nullable String cookie(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private ResponseCookie cookie(String value, long maxAgeSeconds) {
        return ResponseCookie.from(COOKIE, value).path("/console").httpOnly(true).secure(properties.secureCookies())
                .sameSite("Strict").maxAge(maxAgeSeconds).build();
    }
}
