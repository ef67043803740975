package vn.anm.assistant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import vn.anm.assistant.moderation.security.Accounts;
import vn.anm.assistant.moderation.security.ApiTokens;
import vn.anm.assistant.moderation.security.Role;
import vn.anm.assistant.moderation.security.Totp;
import vn.anm.assistant.report.DataProtection;

/** Accounts made directly in the database for tests, signed in through the real form (and TOTP), or given a token. */
public final class ConsoleUsers {

    public static final String PASSWORD = "mot cau dai de nho 2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A signed-in browser-less session: its cookies, and a CSRF token valid with them. */
    public record Session(String username, String session, String csrfCookie, String csrfToken) {

        public WebTestClient.RequestHeadersSpec<?> get(WebTestClient client, String path) {
            return client.get().uri(path).cookie("ANM_CONSOLE", session).cookie("ANM_CONSOLE_CSRF", csrfCookie);
        }

        public WebTestClient.RequestHeadersSpec<?> post(WebTestClient client, String path, MultiValueMap<String, String> form, boolean withCsrf) {
            MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
            if (withCsrf) {
                body.add("_csrf", csrfToken);
            }
            return client.post().uri(path).cookie("ANM_CONSOLE", session).cookie("ANM_CONSOLE_CSRF", csrfCookie)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(body));
        }
    }

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final DataProtection protection;
    private final ApiTokens tokens;
    private final Totp totp = new Totp();

    public ConsoleUsers(Accounts accounts, PasswordEncoder encoder, DataProtection protection, ApiTokens tokens) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.protection = protection;
        this.tokens = tokens;
    }

    /** Creates the account if missing (password {@link #PASSWORD}, no forced change; TOTP for administrators). */
    public void ensure(String username, Role... roles) {
        if (accounts.find(username).blockOptional().isPresent()) {
            return;
        }
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(java.util.List.of(roles));
        accounts.insert(username, "Người thử " + username, encoder.encode(PASSWORD), set).block();
        accounts.changePassword(username, encoder.encode(PASSWORD), false).block();
        if (set.contains(Role.ADMIN)) {
            accounts.setTotp(username, protection.encrypt(secret(username), "console_account.totp_secret")).block();
        }
    }

    /** A fixed TOTP key per test account, so a test can compute codes. */
    public static byte[] secret(String username) {
        byte[] secret = new byte[20];
        byte[] name = username.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (name[i % name.length] + i);
        }
        return secret;
    }

    public String code(String username, Instant at) {
        return totp.code(secret(username), at);
    }

    private final java.util.Map<String, Long> lastStep = new java.util.concurrent.ConcurrentHashMap<>();

    /** A code of a time step not used yet (a used step is refused as a replay); waits for the next step if it must. */
    public synchronized String nextCode(String username) {
        long current = Instant.now().getEpochSecond() / 30;
        long step = Math.max(current, lastStep.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > current + 1) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            current = Instant.now().getEpochSecond() / 30;
        }
        lastStep.put(username, step);
        return code(username, Instant.ofEpochSecond(step * 30));
    }

    public String token(String username) {
        return tokens.issue(username, "tests", "tests").block().token();
    }

    /** Signs in through the form (and the TOTP page when the account has it). */
    public Session signIn(WebTestClient client, String username) {
        EntityExchangeResult<String> page = client.get().uri("/console/login").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        String csrfCookie = page.getResponseCookies().getFirst("ANM_CONSOLE_CSRF").getValue();
        String token = csrf(page.getResponseBody());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", PASSWORD);
        form.add("_csrf", token);
        EntityExchangeResult<Void> login = client.post().uri("/console/login").cookie("ANM_CONSOLE_CSRF", csrfCookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isFound().expectBody().isEmpty();
        ResponseCookie session = login.getResponseCookies().getFirst("ANM_CONSOLE");
        assertThat(session).as("signed in as " + username + " (" + login.getResponseHeaders().getLocation() + ")").isNotNull();
        Session signedIn = new Session(username, session.getValue(), csrfCookie, token);
        if ("/console/login/totp".equals(String.valueOf(login.getResponseHeaders().getLocation()))) {
            MultiValueMap<String, String> code = new LinkedMultiValueMap<>();
            code.add("code", nextCode(username));
            signedIn.post(client, "/console/login/totp", code, true).exchange().expectStatus().isEqualTo(HttpStatus.SEE_OTHER).expectBody();
        }
        return signedIn;
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
