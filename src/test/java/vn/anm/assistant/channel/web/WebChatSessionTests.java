package vn.anm.assistant.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import vn.anm.assistant.conversation.FeedbackLog;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;

/**
 * The web chat over real HTTP: the server-issued session, what another visitor can and cannot reach,
 * "Gửi" pressed ten times at once, vote limits, and the security headers of public responses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anm.report.console-readers=true")
class WebChatSessionTests {

    private static final Pattern CODE = Pattern.compile("LS-\\d{8}-\\d{4,}");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("anm-web-chat");
        registry.add("anm.data-dir", dataDir::toString);
        registry.add("anm.knowledge.watch", () -> "false");
        registry.add("anm.channel.web.max-votes-per-session", () -> "2");
    }

    @LocalServerPort
    int port;

    @Autowired
    WebChatSessions sessions;

    @Autowired
    ReportIntake intake;

    @Autowired
    FeedbackLog feedback;

    @Autowired
    DatabaseClient db;

    private WebClient web() {
        return WebClient.create("http://127.0.0.1:" + port);
    }

    @Test
    void theFirstMessageGetsAnHttpOnlySessionCookieThatKeepsTheConversation() {
        var first = web().post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("payload", "report:start")).retrieve().toEntity(JsonNode.class).block();
        ResponseCookie cookie = first.getHeaders().get("Set-Cookie").stream().map(WebChatSessionTests::parse)
                .filter(c -> c.getName().equals(WebChatSessions.COOKIE)).findFirst().orElseThrow();
        String raw = String.join(";", first.getHeaders().get("Set-Cookie"));
        assertThat(raw).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
        assertThat(cookie.getValue()).matches("[A-Za-z0-9_-]{43}");

        // the same browser: the conversation goes on (consent asked, then the first question)
        JsonNode next = chat(cookie.getValue(), Map.of("payload", "report:consent"));
        assertThat(next.path("decision").asString()).isEqualTo("REPORT_KIND");

        var behindTls = web().post().uri("/api/v1/chat").header("X-Forwarded-Proto", "https").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("payload", "menu")).retrieve().toEntity(JsonNode.class).block();
        assertThat(String.join(";", behindTls.getHeaders().get("Set-Cookie"))).contains("Secure");
    }

    @Test
    void knowingSomeoneElsesIdNeverRevealsTheirDraft() {
        String victim = sessions.newToken();
        chat(victim, Map.of("payload", "report:start"));
        chat(victim, Map.of("payload", "report:consent"));
        chat(victim, Map.of("text", "Họ gọi giả danh công an, bắt chuyển 20 triệu"));
        String victimId = sessions.userIdOf(victim);
        assertThat(intake.loadDraft(new Reporter("WEB", victimId)).block()).isNotNull();

        // a visitor who knows the victim's ids (old client id, conversation id) but not the cookie
        for (String claimed : List.of(victimId, victimId.substring(4), victim)) {
            JsonNode answer = chat(sessions.newToken(), Map.of("user", claimed, "payload", "report:summary"));
            assertThat(answer.toString()).doesNotContain("20 triệu").doesNotContain("công an");
        }
        JsonNode answer = web().post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("user", victimId, "payload", "report:summary")).retrieve().bodyToMono(JsonNode.class).block();
        assertThat(answer.toString()).doesNotContain("20 triệu");
        assertThat(intake.loadDraft(new Reporter("WEB", victimId)).block().answers().whatHappened()).contains("20 triệu");
    }

    @Test
    void tenConcurrentSendPressesOnOneDraftFileOneReport() {
        String browser = sessions.newToken();
        chat(browser, Map.of("payload", "report:start"));
        chat(browser, Map.of("payload", "report:consent"));
        chat(browser, Map.of("payload", "report:choice:IMPERSONATION"));
        JsonNode summary = chat(browser, Map.of("payload", "report:summary"));
        assertThat(summary.path("decision").asString()).isEqualTo("REPORT_SUMMARY");
        long before = reports();

        List<JsonNode> answers = Flux.range(0, 10)
                .flatMap(i -> web().post().uri("/api/v1/chat").cookie(WebChatSessions.COOKIE, browser)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("payload", "report:send"))
                        .retrieve().bodyToMono(JsonNode.class).subscribeOn(Schedulers.parallel()), 10)
                .collectList().block();

        assertThat(answers).hasSize(10);
        List<String> codes = answers.stream().map(a -> code(a.toString())).filter(Objects::nonNull).distinct().toList();
        assertThat(codes).as("one code, however often it is shown").hasSize(1);
        assertThat(reports() - before).as("one report filed").isEqualTo(1);
    }

    @Test
    void votesAreLimitedPerSessionAndTopic() {
        String browser = sessions.newToken();
        String[] topics = {"sao-luu-du-lieu", "mat-khau-manh", "ma-otp"};
        long[] before = new long[3];
        for (int i = 0; i < 3; i++) {
            before[i] = helpful(topics[i]);
        }
        chat(browser, Map.of("payload", "topic:" + topics[0]));
        chat(browser, Map.of("payload", "feedback:up:" + topics[0]));
        chat(browser, Map.of("payload", "feedback:up:" + topics[0])); // same topic again, even in a later conversation
        chat(browser, Map.of("payload", "feedback:up:" + topics[1]));
        JsonNode third = chat(browser, Map.of("payload", "feedback:up:" + topics[2])); // over the session's limit of 2

        assertThat(helpful(topics[0]) - before[0]).isEqualTo(1);
        assertThat(helpful(topics[1]) - before[1]).isEqualTo(1);
        assertThat(helpful(topics[2]) - before[2]).isZero();
        assertThat(third.path("messages").get(0).path("text").asString()).contains("góp ý");
    }

    @Test
    void publicResponsesCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/chat.js", "/chat.css", "/no-such-page")) {
            var response = web().get().uri(path).exchangeToMono(r -> r.toBodilessEntity()).block();
            assertThat(response.getHeaders().getFirst("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.CSP);
            assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeaders().getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(response.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeaders().getFirst("Strict-Transport-Security")).as("left to the TLS proxy").isNull();
        }
        var chat = web().post().uri("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"\"}")
                .exchangeToMono(r -> r.toBodilessEntity()).block();
        assertThat(chat.getStatusCode().value()).isEqualTo(400);
        assertThat(chat.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP);
    }

    @Test
    void theChatPageHasNoInlineScriptOrStyleTheCspWouldBlock() throws IOException {
        String page = new ClassPathResource("static/index.html").getContentAsString(StandardCharsets.UTF_8);
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find()).as("inline <script>").isFalse();
        assertThat(page).doesNotContain("<style").doesNotContain(" style=").doesNotContainIgnoringCase(" on");
        String script = new ClassPathResource("static/chat.js").getContentAsString(StandardCharsets.UTF_8);
        assertThat(script).doesNotContain("eval(").doesNotContain("new Function").doesNotContain(".style.")
                .doesNotContain("setAttribute('style'").doesNotContain("innerHTML");
    }

    private JsonNode chat(String cookie, Map<String, String> body) {
        return web().post().uri("/api/v1/chat").cookie(WebChatSessions.COOKIE, cookie).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).retrieve().bodyToMono(JsonNode.class).block();
    }

    private long reports() {
        return db.sql("SELECT COUNT(*) AS n FROM incident_report").map(row -> ((Number) row.get("n")).longValue()).one().block();
    }

    private long helpful(String topic) {
        var tally = feedback.tallies().block().get(topic);
        return tally == null ? 0 : tally.helpful();
    }

    private static String code(String text) {
        Matcher matcher = CODE.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static ResponseCookie parse(String header) {
        String[] nameValue = header.split(";", 2)[0].split("=", 2);
        return ResponseCookie.from(nameValue[0].strip(), nameValue[1].strip()).build();
    }

    @SuppressWarnings("unused")
    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
