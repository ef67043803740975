package vn.anm.assistant.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.ChannelIntegrationTest;
import vn.anm.assistant.conversation.ChannelKind;

/** Zalo OA webhook → conversation → OA v3 cs API, with WireMock as Zalo's OpenAPI and OAuth servers. */
class ZaloWebhookIntegrationTests extends ChannelIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    ZaloTokenStore tokens;

    @Autowired
    DatabaseClient db;

    private String rawTokenRow() {
        return db.sql("SELECT tokens_enc FROM zalo_token").map(row -> row.get("tokens_enc", String.class)).one().block();
    }

    private static final String QUESTION = "Ứng dụng VNeID tải ở đâu mới là bản thật?";
    private static final String CS_PATH = "/v3.0/oa/message/cs";
    private static final String OAUTH_PATH = "/v4/oa/access_token";
    private static final String SENT = "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"sent\",\"user_id\":\"1\"}}";

    @Test
    void signedTextIsAnsweredThroughTheCsApi() {
        csAnswers();
        String user = userId();

        deliver(text(user, msgId(), QUESTION)).expectStatus().isOk().expectBody();

        JsonNode body = awaitRequests(sentTo(user), 1).get(0);
        assertThat(body.path("recipient").path("user_id").asString()).isEqualTo(user);
        assertThat(body.path("message").path("text").asString()).isEqualTo(expectedFirstText(ChannelKind.ZALO, QUESTION));
        JsonNode buttons = body.path("message").path("attachment").path("payload").path("buttons");
        assertThat(buttons.size()).isBetween(1, 5);
        assertThat(buttons.get(0).path("type").asString()).isEqualTo("oa.query.hide");
        assertThat(buttons.get(0).path("payload").asString()).startsWith("#btn:topic:");
        assertThat(platform.findAll(sentTo(user)).get(0).getHeader("access_token")).isNotBlank();
    }

    @Test
    void aTappedButtonComesBackAsTextAndAnswersItsTopic() {
        csAnswers();
        String user = userId();

        deliver(text(user, msgId(), "#btn:topic:ma-otp")).expectStatus().isOk().expectBody();

        JsonNode body = awaitRequests(sentTo(user), 1).get(0);
        assertThat(body.path("message").path("text").asString()).isEqualTo(expectedFirstTextForPayload(ChannelKind.ZALO, "topic:ma-otp"));
    }

    @Test
    void badOrMissingSignatureIsRefusedAndNothingIsSent() {
        csAnswers();
        String user = userId();
        byte[] body = text(user, msgId(), QUESTION).getBytes(StandardCharsets.UTF_8);

        postRaw(body, "mac=" + mac(body, "1699003881354", "not-the-oa-secret")).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
        postRaw(body, null).expectStatus().isUnauthorized().expectBody();

        deliver(text(user, msgId(), "xin chào")).expectStatus().isOk().expectBody();
        awaitRequests(sentTo(user), 1);
        assertThat(platform.findAll(sentTo(user))).hasSize(1);
    }

    @Test
    void theSameMsgIdDeliveredTwiceIsAnsweredOnce() {
        csAnswers();
        String user = userId();
        String msgId = msgId();

        deliver(text(user, msgId, QUESTION)).expectStatus().isOk().expectBody();
        deliver(text(user, msgId, QUESTION)).expectStatus().isOk().expectBody();
        deliver(text(user, msgId(), "xin chào")).expectStatus().isOk().expectBody();

        assertThat(awaitRequests(sentTo(user), 2)).hasSize(2);
    }

    @Test
    void anExpiredTokenIsRefreshedOnceStoredAndTheMessageSentAgain() throws Exception {
        String fresh = "access-" + UUID.randomUUID();
        String freshRefresh = "refresh-" + UUID.randomUUID();
        tokenRejectedExcept(fresh);
        oauthAnswers(fresh, freshRefresh, 0);
        String user = userId();

        deliver(text(user, msgId(), QUESTION)).expectStatus().isOk().expectBody();

        awaitRequests(sentTo(user).withHeader("access_token", equalTo(fresh)), 1);
        ZaloTokens stored = tokens.load().block().orElseThrow(); // in the database, as a restarted instance reads it
        assertThat(stored.accessToken()).isEqualTo(fresh);
        assertThat(stored.refreshToken()).isEqualTo(freshRefresh);
        assertThat(rawTokenRow()).startsWith("v1:").doesNotContain(fresh, freshRefresh);
        assertThat(platform.findAll(sentTo(user))).hasSize(2); // rejected, then re-sent with the new token
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo(OAUTH_PATH)))).hasSize(1);
        var refresh = platform.findAll(postRequestedFor(urlPathEqualTo(OAUTH_PATH))).get(0);
        assertThat(refresh.getHeader("secret_key")).isEqualTo(ZALO_APP_SECRET);
        assertThat(refresh.getBodyAsString()).contains("grant_type=refresh_token").contains("app_id=" + ZALO_APP_ID);

    }

    @Test
    void twoConcurrentExpiriesLeadToOneRefresh() {
        String fresh = "access-" + UUID.randomUUID();
        tokenRejectedExcept(fresh);
        oauthAnswers(fresh, "refresh-" + UUID.randomUUID(), 700); // slow enough for both rejections to meet it
        String first = userId();
        String second = userId();

        deliver(text(first, msgId(), QUESTION)).expectStatus().isOk().expectBody();
        deliver(text(second, msgId(), QUESTION)).expectStatus().isOk().expectBody();

        awaitRequests(sentTo(first).withHeader("access_token", equalTo(fresh)), 1);
        awaitRequests(sentTo(second).withHeader("access_token", equalTo(fresh)), 1);
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo(OAUTH_PATH)))).hasSize(1);
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo(CS_PATH)).withHeader("access_token", notContaining(fresh))))
                .hasSize(2);
    }

    @Test
    void aRefreshRefusedWithHttp200NeverOverwritesTheStoredTokens() throws Exception {
        String fresh = "access-" + UUID.randomUUID();
        String freshRefresh = "refresh-" + UUID.randomUUID();
        tokenRejectedExcept(fresh);
        oauthAnswers(fresh, freshRefresh, 0);
        String user = userId();
        deliver(text(user, msgId(), QUESTION)).expectStatus().isOk().expectBody();
        awaitRequests(sentTo(user).withHeader("access_token", equalTo(fresh)), 1);
        String before = rawTokenRow();

        platform.resetAll();
        double problemsBefore = credentialProblems("refresh-rejected");
        tokenRejectedExcept("never-issued");
        platform.stubFor(post(urlPathEqualTo(OAUTH_PATH)).willReturn(okJson(
                "{\"error\":-14014,\"error_name\":\"Invalid refresh token\",\"error_description\":\"refresh token is invalid\"}")));
        String other = userId();
        deliver(text(other, msgId(), QUESTION)).expectStatus().isOk().expectBody();

        awaitRequests(sentTo(other), 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> credentialProblems("refresh-rejected") > problemsBefore);
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo(OAUTH_PATH))).size()).isGreaterThanOrEqualTo(1);
        assertThat(rawTokenRow()).isEqualTo(before);
        platform.resetAll(); // the part waits for a new authorisation within the reply window; stop it here
        csAnswers();
        awaitRequests(sentTo(other), 1);
    }

    @Test
    void aZaloErrorAnsweredWithHttp200IsAnErrorRetriedWhenTransient() {
        String user = userId();
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).inScenario("zalo-32").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"error\":-32,\"message\":\"Request exceeds rate limit\"}")).willSetStateTo("open"));
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).inScenario("zalo-32").whenScenarioStateIs("open").willReturn(okJson(SENT)));

        deliver(text(user, msgId(), QUESTION)).expectStatus().isOk().expectBody();

        List<JsonNode> sent = awaitRequests(sentTo(user), 2);
        assertThat(sent.get(0)).isEqualTo(sent.get(1));
    }

    @Test
    void aPermanentZaloErrorAnsweredWithHttp200IsNotRetried() {
        String user = userId();
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).inScenario("zalo-213").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"error\":-213,\"message\":\"User has not followed OA\"}")).willSetStateTo("answered"));
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).inScenario("zalo-213").whenScenarioStateIs("answered").willReturn(okJson(SENT)));
        double failuresBefore = failures("not-following");

        deliver(text(user, msgId(), QUESTION)).expectStatus().isOk().expectBody();
        deliver(text(user, msgId(), "xin chào")).expectStatus().isOk().expectBody();

        List<JsonNode> sent = awaitRequests(sentTo(user), 2);
        assertThat(sent).hasSize(2); // one refused attempt, then the next message's reply: no retry in between
        assertThat(sent.get(0)).isNotEqualTo(sent.get(1));
        // the failure is counted once the refused send's answer is processed, a moment after the platform saw it
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(failures("not-following")).isEqualTo(failuresBefore + 1));
    }

    @Test
    void aNewFollowerIsWelcomed() {
        csAnswers();
        String user = userId();
        String follow = """
                {"app_id":"%s","oa_id":"3662729599332560487","user_id_by_app":"979122185046046317","event_name":"follow",
                 "timestamp":"%s","source":"oa_profile","follower":{"id":"%s"}}
                """.formatted(ZALO_APP_ID, System.currentTimeMillis(), user);

        deliver(follow).expectStatus().isOk().expectBody();

        JsonNode body = awaitRequests(sentTo(user), 1).get(0);
        assertThat(body.path("message").path("text").asString()).startsWith("Chào bạn! Mình là Trợ lý An ninh mạng.");
    }

    @Test
    void imagesAndStickersGetASensibleAnswerAndOaEchoesAreIgnored() {
        csAnswers();
        String user = userId();

        deliver(event("oa_send_text", "3662729599332560487", user, msgId(), "\"text\":\"echo of our own reply\"")).expectStatus().isOk().expectBody();
        deliver(event("user_send_image", user, "3662729599332560487", msgId(),
                "\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://example.invalid/a.jpg\"}}]")).expectStatus().isOk().expectBody();
        deliver(event("user_send_sticker", user, "3662729599332560487", msgId(),
                "\"attachments\":[{\"type\":\"sticker\",\"payload\":{\"id\":\"abc\"}}]")).expectStatus().isOk().expectBody();

        List<JsonNode> sent = awaitRequests(sentTo(user), 2);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).path("message").path("text").asString()).startsWith("Mình chỉ đọc được tin nhắn dạng chữ");
        assertThat(sent.get(1).path("message").path("text").asString()).startsWith("Cảm ơn bạn nhé!");
    }

    @Test
    void aSignedEventOlderThanTheWindowIsRefusedAndNothingIsSent() {
        csAnswers();
        String user = userId();
        double before = events("refused-stale");
        long old = System.currentTimeMillis() - Duration.ofMinutes(20).toMillis();
        long ahead = System.currentTimeMillis() + Duration.ofMinutes(20).toMillis();

        deliver(text(user, msgId(), QUESTION).replaceFirst("\"timestamp\":\"\\d+\"", "\"timestamp\":\"" + old + "\"")).expectStatus().isOk().expectBody();
        deliver(text(user, msgId(), QUESTION).replaceFirst("\"timestamp\":\"\\d+\"", "\"timestamp\":\"" + ahead + "\"")).expectStatus().isOk().expectBody();
        deliver(event("user_send_text", user, "3662729599332560487", msgId(), "\"text\":\"xin chào\"")
                .replaceFirst("\"timestamp\":\"\\d+\"", "\"timestamp\":\"1500000000000\"")).expectStatus().isOk().expectBody(); // 2017

        String marker = userId();
        deliver(text(marker, msgId(), "xin chào")).expectStatus().isOk().expectBody();
        awaitRequests(sentTo(marker), 1);
        assertThat(platform.findAll(sentTo(user))).isEmpty();
        assertThat(events("refused-stale")).isEqualTo(before + 3);
    }

    @Test
    void aSignedEventThatCannotBeReadIsSkippedWith200() {
        csAnswers();
        String user = userId();
        String unreadable = """
                {"app_id":"%s","event_name":"user_send_text","timestamp":"%d","sender":{"id":"%s"},"message":{"msg_id":["not","a","string"]}}
                """.formatted(ZALO_APP_ID, System.currentTimeMillis(), user);
        deliver(unreadable).expectStatus().isOk().expectBody();
        String marker = userId();
        deliver(text(marker, msgId(), "xin chào")).expectStatus().isOk().expectBody();
        awaitRequests(sentTo(marker), 1);
        assertThat(platform.findAll(sentTo(user))).isEmpty();
    }

    private double events(String outcome) {
        var counter = meters.find("anm.channel.events").tag("channel", "zalo").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theUrlSaveProbeGets200AndDoesNothing() {
        postRaw("{}".getBytes(StandardCharsets.UTF_8), null).expectStatus().isOk().expectBody();
    }

    @Test
    void aBodyOver256KbIsRefusedWith413AndMalformedJsonWith400() {
        byte[] big = text(userId(), msgId(), "a".repeat(300 * 1024)).getBytes(StandardCharsets.UTF_8);
        postRaw(big, "mac=" + mac(big, "1699003881354", ZALO_OA_SECRET)).expectStatus().isEqualTo(413).expectBody();
        postRaw("{\"app_id\":".getBytes(StandardCharsets.UTF_8), "mac=00").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
    }

    private void csAnswers() {
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).willReturn(okJson(SENT)));
    }

    private double credentialProblems(String reason) {
        var counter = meters.find("anm.channel.credential.problems").tag("channel", "zalo").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private double failures(String reason) {
        var counter = meters.find("anm.channel.replies").tag("channel", "zalo").tag("outcome", "failed").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private void tokenRejectedExcept(String validToken) {
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).atPriority(1).withHeader("access_token", equalTo(validToken)).willReturn(okJson(SENT)));
        platform.stubFor(post(urlPathEqualTo(CS_PATH)).atPriority(5)
                .willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));
    }

    private void oauthAnswers(String access, String refresh, int delayMillis) {
        platform.stubFor(post(urlPathEqualTo(OAUTH_PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\",\"expires_in\":\"90000\"}")));
    }

    private static RequestPatternBuilder sentTo(String user) {
        return postRequestedFor(urlPathEqualTo(CS_PATH)).withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo(user)));
    }

    private static String text(String user, String msgId, String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"");
        return event("user_send_text", user, "3662729599332560487", msgId, "\"text\":\"" + escaped + "\"");
    }

    private static String event(String name, String sender, String recipient, String msgId, String messageFields) {
        return """
                {"app_id":"%s","user_id_by_app":"979122185046046317","event_name":"%s","timestamp":"%d",
                 "sender":{"id":"%s"},"recipient":{"id":"%s"},"message":{"msg_id":"%s",%s}}
                """.formatted(ZALO_APP_ID, name, System.currentTimeMillis(), sender, recipient, msgId, messageFields);
    }

    private WebTestClient.ResponseSpec deliver(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = json.readTree(bytes).path("timestamp").asString();
        return postRaw(bytes, "mac=" + mac(bytes, timestamp, ZALO_OA_SECRET));
    }

    private WebTestClient.ResponseSpec postRaw(byte[] body, String signature) {
        return web.post().uri("/webhooks/zalo")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (signature != null) {
                        h.set("X-ZEvent-Signature", signature);
                    }
                })
                .bodyValue(body)
                .exchange();
    }

    /** Zalo's formula, written out independently of the code under test. */
    private static String mac(byte[] body, String timestamp, String secret) {
        try {
            String all = ZALO_APP_ID + new String(body, StandardCharsets.UTF_8) + timestamp + secret;
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String userId() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }

    private static String msgId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
