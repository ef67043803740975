package vn.anm.assistant.moderation.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import vn.anm.assistant.moderation.ConsoleProperties;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;

/**
 * Spring Security for WebFlux, in four chains:
 * <ol>
 * <li>{@code /api/admin/**}: stateless, a personal token or HTTP Basic in the Authorization header, ProblemDetail 401/403;</li>
 * <li>the API documentation under {@code /console/api-docs} and its assets: any signed-in console user;</li>
 * <li>{@code /console/**}: form sign-in, TOTP, sessions in the database, CSRF, roles, the console's headers;</li>
 * <li>everything else — the web chat, its static files, {@code /api/v1/**}, {@code /webhooks/**}: open exactly as before,
 * no CSRF, no session, no headers added here (the channel module sets the public pages' own).</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class ConsoleSecurityConfiguration {

    private static final String[] ANY_ROLE = {"MODERATOR", "OFFICER", "ADMIN"};

    /**
     * No Micrometer observation around each security filter of each request: the public {@code /api/v1/ask} paid for
     * them on every call (bench/BENCHMARKS.md), and no dashboard or alert reads the {@code spring_security_filterchains}
     * series. Sign-ins and the console's authorisation decisions keep their observations.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    PasswordEncoder consolePasswordEncoder(ConsoleProperties properties) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(properties.passwordStrength())));
    }

    @Bean
    Accounts consoleAccounts(DatabaseClient db, Clock clock) {
        return new Accounts(db, clock);
    }

    @Bean
    ConsoleSessions consoleSessions(DatabaseClient db, ConsoleProperties properties, Clock clock) {
        return new ConsoleSessions(db, properties, clock);
    }

    @Bean
    LoginThrottle loginThrottle(DatabaseClient db, ConsoleProperties properties, Clock clock) {
        return new LoginThrottle(db, properties.lockout(), clock);
    }

    @Bean
    ApiTokens apiTokens(DatabaseClient db, ConsoleProperties properties, Clock clock) {
        return new ApiTokens(db, properties, clock);
    }

    @Bean
    AuditLog auditLog(DatabaseClient db, Clock clock) {
        return new AuditLog(db, clock);
    }

    @Bean
    AccountAdministration accountAdministration(Accounts accounts, ConsoleSessions sessions, ApiTokens tokens, PasswordEncoder encoder,
            AuditLog audit) {
        return new AccountAdministration(accounts, sessions, tokens, encoder, audit);
    }

    @Bean
    Totp totp() {
        return new Totp();
    }

    /** The one authentication manager bean (so Spring Boot creates no default user). */
    @Bean
    PasswordSignIn passwordSignIn(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit, MeterRegistry meters) {
        return new PasswordSignIn(accounts, encoder, throttle, audit, meters);
    }

    @Bean
    @org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization
    AdminBootstrap adminBootstrap(Accounts accounts, PasswordEncoder encoder, ConsoleProperties properties, AuditLog audit) {
        return new AdminBootstrap(accounts, encoder, properties, audit);
    }

    @Bean
    ConsoleSessionContext consoleSessionContext(ConsoleSessions sessions, Accounts accounts, ConsoleProperties properties) {
        return new ConsoleSessionContext(sessions, accounts, properties);
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain adminApiChain(ServerHttpSecurity http, ApiTokens tokens, Accounts accounts, PasswordSignIn passwords,
            ConsoleProperties properties) {
        ApiAuthentication api = new ApiAuthentication(tokens, accounts, passwords, properties);
        AuthenticationWebFilter authentication = new AuthenticationWebFilter(api);
        authentication.setServerAuthenticationConverter(api);
        authentication.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        authentication.setAuthenticationFailureHandler((filterExchange, e) ->
                Problems.write(filterExchange.getExchange(), HttpStatus.UNAUTHORIZED, "Chưa xác thực", e.getMessage()));
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/admin", "/api/admin/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(authentication, SecurityWebFiltersOrder.AUTHENTICATION)
                .headers(headers -> ConsoleHeaders.apply(headers, ConsoleHeaders.CONTENT_SECURITY_POLICY))
                .authorizeExchange(auth -> auth
                        .pathMatchers("/api/admin/accounts/**", "/api/admin/accounts", "/api/admin/audit", "/api/admin/audit/**",
                                "/api/admin/tokens", "/api/admin/tokens/**").hasRole("ADMIN")
                        .anyExchange().hasRole("MODERATOR"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, ex) -> Problems.write(exchange, HttpStatus.UNAUTHORIZED, "Chưa xác thực",
                                "Gửi mã truy cập cá nhân (Authorization: Bearer anm_…) hoặc HTTP Basic qua HTTPS."))
                        .accessDeniedHandler((exchange, ex) -> Problems.write(exchange, HttpStatus.FORBIDDEN, "Không đủ quyền",
                                "Tài khoản này không có quyền dùng chức năng này.")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain apiDocsChain(ServerHttpSecurity http, ConsoleSessionContext sessions, ConsoleProperties properties) {
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/console/api-docs", "/console/api-docs/**", "/console/webjars/**"))
                .securityContextRepository(sessions)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfRepository(properties)))
                .headers(headers -> ConsoleHeaders.apply(headers, ConsoleHeaders.API_DOCS_POLICY))
                .authorizeExchange(auth -> auth.anyExchange().hasAnyRole(ANY_ROLE))
                .exceptionHandling(e -> e.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint("/console/login")))
                .build();
    }

    @Bean
    @Order(3)
    SecurityWebFilterChain consoleChain(ServerHttpSecurity http, ConsoleSessionContext sessions, PasswordSignIn signIn,
            ConsoleProperties properties, AuditLog audit) {
        XorServerCsrfTokenRequestAttributeHandler csrfHandler = new XorServerCsrfTokenRequestAttributeHandler();
        csrfHandler.setTokenFromMultipartDataEnabled(true);
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/console", "/console/**"))
                .securityContextRepository(sessions)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfRepository(properties)).csrfTokenRequestHandler(csrfHandler))
                .headers(headers -> ConsoleHeaders.apply(headers, ConsoleHeaders.CONTENT_SECURITY_POLICY))
                .formLogin(form -> form.loginPage("/console/login")
                        .authenticationManager(signIn)
                        .securityContextRepository(sessions)
                        .authenticationSuccessHandler(toStagePage(audit))
                        .authenticationFailureHandler(backToSignIn()))
                .logout(logout -> logout.logoutUrl("/console/logout")
                        .logoutHandler((filterExchange, authentication) -> sessions.save(filterExchange.getExchange(), null)
                                .then(authentication != null && authentication.getPrincipal() instanceof ConsolePrincipal p
                                        ? audit.record(p.username(), AuditAction.SIGN_OUT, "bảng điều khiển") : Mono.empty()))
                        .logoutSuccessHandler(signedOut()))
                .authorizeExchange(auth -> auth
                        .pathMatchers("/console/login", "/console/assets/**").permitAll()
                        .pathMatchers("/console/login/totp").hasAuthority(Stage.TOTP.authority())
                        .pathMatchers("/console/password").hasAnyAuthority(Stage.PASSWORD.authority(), Stage.FULL.authority())
                        .pathMatchers("/console/totp", "/console/totp/**").hasAnyAuthority(Stage.ENROL.authority(), Stage.FULL.authority())
                        .pathMatchers(HttpMethod.POST, "/console/logout").authenticated()
                        .pathMatchers("/console/accounts", "/console/accounts/**", "/console/audit", "/console/audit/**").hasRole("ADMIN")
                        .pathMatchers("/console/reports", "/console/reports/**").hasRole("OFFICER")
                        .pathMatchers("/console", "/console/").hasAnyRole(ANY_ROLE)
                        .pathMatchers("/console/dashboard", "/console/dashboard/**", "/console/handbook", "/console/handbook/**")
                        .hasAnyRole(ANY_ROLE) // #14: the numbers and the printable handbook, for every role
                        .anyExchange().hasRole("MODERATOR"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint("/console/login"))
                        .accessDeniedHandler(deniedOrNextStage()))
                .build();
    }

    /**
     * The catch-all chain of the public routes. It authorises nothing (everything is permitted), so it has no
     * authorization, exception-translation or request-cache filter: each of them, wrapped in Reactor operators, cost every
     * public request (each {@code /api/v1/ask}) for a decision that was always "permit" (bench/BENCHMARKS.md).
     * What remains is what every chain has: the exchange and an empty security context in the Reactor context.
     */
    @Bean
    @Order(Integer.MAX_VALUE)
    SecurityWebFilterChain publicChain(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .build();
    }

    private static CookieServerCsrfTokenRepository csrfRepository(ConsoleProperties properties) {
        CookieServerCsrfTokenRepository repository = new CookieServerCsrfTokenRepository();
        repository.setCookieName("ANM_CONSOLE_CSRF");
        repository.setCookiePath("/console");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict")
                .secure(properties.secureCookies()));
        return repository;
    }

    private static ServerAuthenticationSuccessHandler toStagePage(AuditLog audit) {
        ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
        return (filterExchange, authentication) -> {
            ConsolePrincipal principal = (ConsolePrincipal) authentication.getPrincipal();
            Mono<Void> signedIn = principal.stage() == Stage.FULL
                    ? audit.record(principal.username(), AuditAction.SIGN_IN, "bảng điều khiển") : Mono.empty();
            return signedIn.then(redirect.sendRedirect(filterExchange.getExchange(), URI.create(principal.stage().page())));
        };
    }

    private static ServerAuthenticationFailureHandler backToSignIn() {
        ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
        return (filterExchange, e) -> redirect.sendRedirect(filterExchange.getExchange(), URI.create(
                e instanceof LockedException ? "/console/login?error=locked"
                        : e instanceof DisabledException ? "/console/login?error=disabled" : "/console/login?error=bad"));
    }

    private static RedirectServerLogoutSuccessHandler signedOut() {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create("/console/login?out=1"));
        return handler;
    }

    /**
     * A session part-way through signing in is sent to the page that completes it; anyone else gets 403. Exactly one
     * answer is written: the 403 page completes empty, so it must not sit behind a {@code switchIfEmpty} (a second
     * write on the committed response threw and left the request's buffers behind).
     */
    private static ServerAccessDeniedHandler deniedOrNextStage() {
        ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
        return (exchange, denied) -> exchange.getPrincipal()
                .mapNotNull(principal -> denied instanceof CsrfException ? null : unfinishedStage(principal))
                .map(page -> redirect.sendRedirect(exchange, URI.create(page)))
                .defaultIfEmpty(Mono.defer(() -> forbidden(exchange, denied instanceof CsrfException)))
                .flatMap(answer -> answer);
    }

    /** The page that completes a sign-in still under way, or null for a fully signed-in (or foreign) principal. */
    private static String unfinishedStage(java.security.Principal principal) {
        return principal instanceof org.springframework.security.core.Authentication a
                && a.getPrincipal() instanceof ConsolePrincipal p && p.stage() != Stage.FULL ? p.stage().page() : null;
    }

    private static Mono<Void> forbidden(org.springframework.web.server.ServerWebExchange exchange, boolean csrf) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        String message = csrf
                ? "Yêu cầu không kèm mã bảo vệ hợp lệ (có thể trang đã mở quá lâu). Hãy tải lại trang rồi làm lại."
                : "Tài khoản của bạn không có quyền mở trang này.";
        String html = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Không được phép</title>"
                + "<link rel=\"stylesheet\" href=\"/console/assets/console.css\"></head><body><main class=\"narrow\"><h1>Không được phép (403)</h1><p>"
                + message + "</p><p><a href=\"/console\">Về trang chính</a></p></main></body></html>";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(html.getBytes(StandardCharsets.UTF_8))));
    }
}
