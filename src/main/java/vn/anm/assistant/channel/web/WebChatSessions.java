package vn.anm.assistant.channel.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import vn.anm.assistant.report.DataProtection;

/**
 * Who is chatting on the web page: an unguessable session the server issues (256 random bits in an
 * HttpOnly, SameSite=Lax cookie, Secure behind TLS). The conversation (and any draft report) is filed
 * under a keyed hash of it, so nothing a page can read or a visitor can choose — the old {@code user}
 * field included — leads to someone else's conversation.
 */
@Component
public class WebChatSessions {

    public static final String COOKIE = "anm_chat";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final DataProtection protection;
    private final WebChatProperties properties;

    WebChatSessions(DataProtection protection, WebChatProperties properties) {
        this.protection = protection;
        this.properties = properties;
    }

    /** The session of this request: its valid cookie, or a new one set on the response. */
    String session(ServerWebExchange exchange) {
        String existing = existingSession(exchange);
        return existing != null ? existing : startNew(exchange);
    }

    /** The session this request's valid cookie names, if any. */
    @Nullable String existingSession(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        return cookie != null && TOKEN.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }

    /** A new session, set on the response in place of whatever the browser had. */
    String startNew(ServerWebExchange exchange) {
        String token = newToken();
        exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, token)
                .httpOnly(true)
                .sameSite("Lax")
                .secure(behindTls(exchange))
                .path("/")
                .maxAge(properties.sessionMaxAge())
                .build());
        return token;
    }

    /** The conversation's user id for a session token. */
    public String userIdOf(String token) {
        return "web:" + protection.pseudonym("web-session:" + token).substring(0, 40);
    }

    /** What votes are filed under: not the token itself. */
    String refOf(String token) {
        return protection.pseudonym("web-votes:" + token);
    }

    /** A fresh, well-formed session token (tests use it as a browser would keep its cookie). */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean behindTls(ServerWebExchange exchange) {
        if (exchange.getRequest().getSslInfo() != null) {
            return true;
        }
        @Nullable String proto = exchange.getRequest().getHeaders().getFirst("X-Forwarded-Proto");
        return proto != null && proto.toLowerCase(Locale.ROOT).startsWith("https");
    }
}
