package vn.anm.assistant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import vn.anm.assistant.moderation.security.Role;

/**
 * Walks EVERY console and admin-API route the application maps (read from the handler mappings, so a new
 * route is walked without editing this test): anonymous requests are sent to sign in (console) or get 401
 * (API); a signed-in account without the route's role gets 403; a console POST without its CSRF token gets
 * 403 even from an account that may use it. The public routes stay as before: no session, no CSRF, no
 * console headers.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleRouteWalkTests extends ConsoleContext {

    record Route(HttpMethod method, String path) {
    }

    @Autowired
    WebTestClient client;
    @Autowired
    ApplicationContext context;
    @Autowired
    ConsoleUsers users;

    static ConsoleUsers.Session moderator;
    static ConsoleUsers.Session officer;
    static ConsoleUsers.Session admin;
    static String moderatorToken;
    static String officerToken;

    @BeforeAll
    static void accounts(@Autowired ConsoleUsers users, @Autowired WebTestClient client) {
        users.ensure("walk-moderator", Role.MODERATOR);
        users.ensure("walk-officer", Role.OFFICER);
        users.ensure("walk-admin", Role.ADMIN);
        moderator = users.signIn(client, "walk-moderator");
        officer = users.signIn(client, "walk-officer");
        admin = users.signIn(client, "walk-admin");
        moderatorToken = users.token("walk-moderator");
        officerToken = users.token("walk-officer");
    }

    List<Route> routes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, ?> e : mapping.getHandlerMethods().entrySet()) {
                Set<org.springframework.web.bind.annotation.RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                for (PathPattern pattern : e.getKey().getPatternsCondition().getPatterns()) {
                    String path = concrete(pattern.getPatternString());
                    if (!path.startsWith("/console") && !path.startsWith("/api/admin")) {
                        continue;
                    }
                    for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                        if (seen.add(method + " " + path)) {
                            routes.add(new Route(method.asHttpMethod(), path));
                        }
                    }
                }
            }
        }
        return routes;
    }

    @Test
    void walksEveryRoute() {
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(60);
        assertThat(routes).extracting(Route::path).contains("/console/entries/ma-otp", "/api/admin/publish", "/console/accounts",
                "/console/api-docs", "/api/admin/audit");
        assertThat(routes).extracting(Route::path).contains("/console/scam", "/console/scam/add", "/console/scam/ma-otp/remove", "/console/scam/export",
                "/console/scam/import", "/console/scam/queue", "/console/scam/queue/ma-otp/approve", "/console/scam/queue/ma-otp/reject"); // #17
    }

    @Test
    void anonymousRequestsAreSentToSignInOrRefusedWith401() {
        for (Route route : routes()) {
            var spec = client.method(route.method()).uri(route.path());
            if (route.path().startsWith("/api/admin")) {
                spec.exchange().expectStatus().isUnauthorized()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
            } else if (route.path().equals("/console/login") || route.path().startsWith("/console/assets")) {
                continue;
            } else if (route.method() == HttpMethod.GET) {
                spec.exchange().expectStatus().isFound().expectHeader().location("/console/login").expectBody();
            } else {
                // with a valid CSRF token (from the sign-in page) the answer is the sign-in page; without one, 403
                var status = anonymousPost(route.path());
                assertThat(status).as(route.toString()).isIn(HttpStatus.FOUND, HttpStatus.FORBIDDEN);
            }
        }
    }

    private HttpStatus anonymousPost(String path) {
        var page = client.get().uri("/console/login").exchange().expectBody(String.class).returnResult();
        String cookie = page.getResponseCookies().getFirst("ANM_CONSOLE_CSRF").getValue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", ConsoleUsers.csrf(page.getResponseBody()));
        var result = client.post().uri(path).cookie("ANM_CONSOLE_CSRF", cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(org.springframework.web.reactive.function.BodyInserters.fromFormData(form)).exchange().expectBody().returnResult();
        if (result.getStatus() == HttpStatus.FOUND) {
            assertThat(result.getResponseHeaders().getLocation()).hasToString("/console/login");
        }
        return HttpStatus.valueOf(result.getStatus().value());
    }

    @Test
    void aSignedInAccountWithoutTheRolesGets403(CapturedOutput output) {
        int checked = 0;
        for (Route route : routes()) {
            Role needed = role(route.path());
            if (needed == null) {
                continue;
            }
            if (route.path().startsWith("/api/admin")) {
                String token = needed == Role.ADMIN ? moderatorToken : officerToken;
                client.method(route.method()).uri(route.path()).header("Authorization", "Bearer " + token).exchange()
                        .expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
            } else {
                ConsoleUsers.Session wrong = needed == Role.MODERATOR ? officer : moderator;
                var spec = route.method() == HttpMethod.GET ? wrong.get(client, route.path())
                        : wrong.post(client, route.path(), new LinkedMultiValueMap<>(), true);
                spec.exchange().expectStatus().isForbidden().expectBody();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
        // one 403 page per refusal: a second answer written on the committed response is a server error
        assertThat(output.getAll()).doesNotContain("already committed");
    }

    @Test
    void consolePostsWithoutTheirCsrfTokenAreRefused(CapturedOutput output) {
        int checked = 0;
        for (Route route : routes()) {
            if (route.method() != HttpMethod.POST || !route.path().startsWith("/console") || route.path().startsWith("/console/api-docs")) {
                continue;
            }
            ConsoleUsers.Session allowed = admin;
            var result = allowed.post(client, route.path(), new LinkedMultiValueMap<>(), false).exchange().expectBody(String.class).returnResult();
            assertThat(result.getStatus()).as(route.toString()).isEqualTo(HttpStatus.FORBIDDEN);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(output.getAll()).doesNotContain("already committed");
    }

    @Test
    void consolePagesCarryTheirSecurityHeaders() {
        moderator.get(client, "/console/entries").exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Content-Security-Policy", ".*script-src 'self'.*frame-ancestors 'none'.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin").expectBody();
        client.get().uri("/console/login").exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Set-Cookie", "(?i)ANM_CONSOLE_CSRF=.*; Path=/console; HttpOnly; SameSite=Strict").expectBody();
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndLimitedToTheConsole() {
        var page = client.get().uri("/console/login").exchange().expectBody(String.class).returnResult();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", "walk-moderator");
        form.add("password", ConsoleUsers.PASSWORD);
        form.add("_csrf", ConsoleUsers.csrf(page.getResponseBody()));
        client.post().uri("/console/login").cookie("ANM_CONSOLE_CSRF", page.getResponseCookies().getFirst("ANM_CONSOLE_CSRF").getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(org.springframework.web.reactive.function.BodyInserters.fromFormData(form))
                .exchange().expectStatus().isFound()
                .expectHeader().valueMatches("Set-Cookie", "(?i)ANM_CONSOLE=[A-Za-z0-9_-]{40,}; Path=/console; HttpOnly; SameSite=Strict").expectBody();
    }

    @Test
    void publicRoutesStayOpenWithoutSessionCsrfOrConsoleHeaders() {
        // the public headers come from the channel's own filter, not from the console's security chains
        client.get().uri("/").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie")
                .expectHeader().valueMatches("Content-Security-Policy", ".*script-src 'self';.*frame-ancestors 'none'")
                .expectHeader().doesNotExist("Cache-Control").expectBody();
        client.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"mã otp là gì\"}")
                .exchange().expectStatus().isOk().expectHeader().doesNotExist("Set-Cookie")
                .expectHeader().doesNotExist("Cache-Control").expectBody();
        client.post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"user\": \"walk-1\", \"text\": \"xin chào\"}")
                .exchange().expectStatus().isOk().expectBody();
        client.post().uri("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"\"}")
                .exchange().expectStatus().isBadRequest().expectBody();
    }

    /** The role a route needs (null: any signed-in account, or the sign-in steps themselves). */
    static Role role(String path) {
        if (path.matches("/api/admin/(accounts|tokens|audit)(/.*)?") || path.matches("/console/(accounts|audit)(/.*)?")) {
            return Role.ADMIN;
        }
        if (path.matches("/console/reports(/.*)?")) {
            return Role.OFFICER;
        }
        if (path.equals("/console") || path.equals("/console/") || path.startsWith("/console/login") || path.startsWith("/console/password")
                || path.startsWith("/console/totp") || path.startsWith("/console/logout") || path.startsWith("/console/api-docs")
                || path.startsWith("/console/webjars") || path.startsWith("/console/assets")
                || path.matches("/console/(dashboard|handbook)(/.*)?")) { // #14: every signed-in role
            return null;
        }
        return Role.MODERATOR;
    }

    private static String concrete(String pattern) {
        return pattern.replace("{id}", "ma-otp").replace("{number}", "1").replace("{username}", "walk-moderator")
                .replace("{key}", "khong-co-nhom").replaceAll("\\{[^}]+}", "x");
    }
}
