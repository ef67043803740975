package vn.anm.assistant.channel.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Security headers on every response of the public port (the chat page, its files, the APIs, the
 * webhooks, errors included): a Content-Security-Policy that allows only this origin's own script
 * and style files (the page has no inline script or style), no framing, no MIME sniffing, no
 * referrer. Strict-Transport-Security is left to the TLS proxy, which knows whether HTTPS is on. The
 * moderator console and its API set their own (Spring Security, with a policy of their own): this filter
 * leaves them alone, because Spring Security writes its headers only where none is set yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders implements WebFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Paths whose headers the console's security configuration writes (a path, or a prefix ending in "/"). */
    private static final List<String> CONSOLE = List.of("/console", "/api/admin");
    private static final List<String> CONSOLE_PREFIXES = CONSOLE.stream().map(path -> path + "/").toList();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (isConsole(path)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            setIfAbsent(headers, "Content-Security-Policy", CSP);
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", "no-referrer");
            setIfAbsent(headers, "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            setIfAbsent(headers, "Cross-Origin-Opener-Policy", "same-origin");
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** A plain loop: this runs on every public request (bench/BENCHMARKS.md). */
    private static boolean isConsole(String path) {
        for (int i = 0; i < CONSOLE.size(); i++) {
            if (path.equals(CONSOLE.get(i)) || path.startsWith(CONSOLE_PREFIXES.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }
}
