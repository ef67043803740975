package vn.anm.assistant.channel.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import vn.anm.assistant.channel.ChannelIntegrationTest;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.report.WebhookSignatures;

/** Messenger webhook → conversation → Send API, with WireMock as the Graph API. */
class FacebookWebhookIntegrationTests extends ChannelIntegrationTest {

    private static final String QUESTION = "Ứng dụng VNeID tải ở đâu mới là bản thật?";
    private static final String SEND_PATH = "/v25.0/me/messages";

    @Autowired
    MeterRegistry meters;

    @Test
    void handshakeEchoesTheChallengeOnlyForTheRightToken() {
        web.get().uri("/webhooks/facebook?hub.mode=subscribe&hub.verify_token={t}&hub.challenge=1158201444", FB_VERIFY_TOKEN)
                .exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("1158201444");
        web.get().uri("/webhooks/facebook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444")
                .exchange().expectStatus().isForbidden().expectBody();
    }

    @Test
    void signedMessageIsAnsweredThroughTheSendApi() {
        sendApiAnswers();
        String psid = psid();

        deliver(message(psid, mid(), jsonString(QUESTION))).expectStatus().isOk().expectBody();

        JsonNode body = awaitRequests(sentTo(psid), 1).get(0);
        assertThat(body.path("messaging_type").asString()).isEqualTo("RESPONSE");
        assertThat(body.path("recipient").path("id").asString()).isEqualTo(psid);
        assertThat(body.path("message").path("text").asString()).isEqualTo(expectedFirstText(ChannelKind.FACEBOOK, QUESTION));
        JsonNode quickReplies = body.path("message").path("quick_replies");
        assertThat(quickReplies.size()).isBetween(1, 13);
        for (JsonNode quickReply : quickReplies) {
            assertThat(quickReply.path("title").asString().codePointCount(0, quickReply.path("title").asString().length())).isLessThanOrEqualTo(20);
            assertThat(quickReply.path("payload").asString()).startsWith("topic:");
        }
        assertThat(platform.findAll(sentTo(psid)).get(0).queryParameter("access_token").firstValue()).isEqualTo(FB_PAGE_TOKEN);
    }

    @Test
    void vietnameseSentAsEscapedUnicodeVerifiesOverTheRawBytes() {
        sendApiAnswers();
        String psid = psid();
        String escaped = "\"" + QUESTION.codePoints()
                .mapToObj(c -> c < 128 ? Character.toString(c) : String.format("\\u%04x", c))
                .reduce("", String::concat) + "\"";
        assertThat(escaped).contains("\\u1ee8").doesNotContain("Ứ"); // Ứ, as Meta sends it

        deliver(message(psid, mid(), escaped)).expectStatus().isOk().expectBody();

        JsonNode body = awaitRequests(sentTo(psid), 1).get(0);
        assertThat(body.path("message").path("text").asString()).isEqualTo(expectedFirstText(ChannelKind.FACEBOOK, QUESTION));
    }

    @Test
    void badOrMissingSignatureIsRefusedAndNothingIsSent() {
        sendApiAnswers();
        String psid = psid();
        byte[] forged = message(psid, mid(), jsonString(QUESTION)).getBytes(StandardCharsets.UTF_8);

        postRaw(forged, WebhookSignatures.expected("not-the-secret", forged)).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
        postRaw(forged, null).expectStatus().isUnauthorized().expectBody();
        postRaw(forged, "sha256=zz").expectStatus().isUnauthorized().expectBody();

        String marker = mid();
        deliver(message(psid, marker, jsonString("xin chào"))).expectStatus().isOk().expectBody();
        awaitRequests(sentTo(psid), 1);
        assertThat(platform.findAll(sentTo(psid))).hasSize(1); // only the marker: its lane runs after anything queued before
    }

    @Test
    void theSameMessageDeliveredTwiceIsAnsweredOnce() {
        sendApiAnswers();
        String psid = psid();
        String mid = mid();

        deliver(message(psid, mid, jsonString(QUESTION))).expectStatus().isOk().expectBody();
        deliver(message(psid, mid, jsonString(QUESTION))).expectStatus().isOk().expectBody();
        deliver(message(psid, mid(), jsonString("xin chào"))).expectStatus().isOk().expectBody();

        List<JsonNode> sent = awaitRequests(sentTo(psid), 2);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).path("message").path("text").asString()).isEqualTo(expectedFirstText(ChannelKind.FACEBOOK, QUESTION));
    }

    @Test
    void aSendApi500IsRetriedAndTheReplyDeliveredExactlyOnce() {
        String psid = psid();
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).inScenario("fb-500").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).inScenario("fb-500").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"recipient_id\":\"" + psid + "\",\"message_id\":\"m_sent\"}")).willSetStateTo("done"));
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).inScenario("fb-500").whenScenarioStateIs("done")
                .willReturn(okJson("{\"recipient_id\":\"" + psid + "\",\"message_id\":\"m_sent2\"}")));

        deliver(message(psid, mid(), jsonString(QUESTION))).expectStatus().isOk().expectBody();
        deliver(message(psid, mid(), jsonString("xin chào"))).expectStatus().isOk().expectBody();

        List<JsonNode> sent = awaitRequests(sentTo(psid), 3);
        assertThat(sent).hasSize(3); // the failed attempt, the delivered reply, the marker's reply
        assertThat(sent.get(0)).isEqualTo(sent.get(1));
        assertThat(sent.get(2)).isNotEqualTo(sent.get(1));
    }

    @Test
    void aRateLimitAnswerIsRetriedAfterABackoff() {
        String psid = psid();
        double retriesBefore = retries("rate-limited");
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).inScenario("fb-613").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Calls to this api have exceeded the rate limit.\",\"type\":\"OAuthException\",\"code\":613}}"))
                .willSetStateTo("open"));
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).inScenario("fb-613").whenScenarioStateIs("open")
                .willReturn(okJson("{\"recipient_id\":\"" + psid + "\",\"message_id\":\"m_ok\"}")));

        deliver(message(psid, mid(), jsonString(QUESTION))).expectStatus().isOk().expectBody();

        awaitRequests(sentTo(psid), 2);
        var requests = platform.findAll(sentTo(psid));
        long gapMillis = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(gapMillis).isGreaterThanOrEqualTo(10); // 20 ms first backoff, jitter ±50 %
        assertThat(retries("rate-limited")).isEqualTo(retriesBefore + 1);
    }

    @Test
    void echoesDeliveriesAndReadsAreSkippedAndOtherKindsGetAPoliteAnswer() {
        sendApiAnswers();
        String psid = psid();
        String batch = """
                {"object":"page","entry":[
                  {"id":"PAGE","time":%%TS23%%,"messaging":[
                    {"sender":{"id":"PAGE"},"recipient":{"id":"%1$s"},"timestamp":%%TS00%%,
                     "message":{"mid":"%2$s","is_echo":true,"app_id":1,"text":"echo"}},
                    {"sender":{"id":"%1$s"},"recipient":{"id":"PAGE"},"timestamp":%%TS01%%,
                     "delivery":{"mids":["m_1"],"watermark":%%TS00%%}},
                    {"sender":{"id":"%1$s"},"recipient":{"id":"PAGE"},"timestamp":%%TS02%%,"read":{"watermark":%%TS00%%}}]},
                  {"id":"PAGE","time":%%TS24%%,"messaging":[
                    {"sender":{"id":"%1$s"},"recipient":{"id":"PAGE"},"timestamp":%%TS03%%,
                     "message":{"mid":"%3$s","attachments":[{"type":"image","payload":{"url":"https://example.invalid/a.jpg"}}]}}]}]}
                """.formatted(psid, mid(), mid());

        deliver(batch).expectStatus().isOk().expectBody();

        List<JsonNode> sent = awaitRequests(sentTo(psid), 1);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).path("message").path("text").asString()).startsWith("Mình chỉ đọc được tin nhắn dạng chữ");
    }

    @Test
    void aPostbackOrQuickReplyPayloadAnswersThatTopic() {
        sendApiAnswers();
        String psid = psid();
        String postback = """
                {"object":"page","entry":[{"id":"PAGE","time":%%TS23%%,"messaging":[
                  {"sender":{"id":"%s"},"recipient":{"id":"PAGE"},"timestamp":%%TS00%%,
                   "postback":{"mid":"%s","title":"Mã OTP","payload":"topic:ma-otp"}}]}]}
                """.formatted(psid, mid());

        deliver(postback).expectStatus().isOk().expectBody();

        JsonNode body = awaitRequests(sentTo(psid), 1).get(0);
        assertThat(body.path("message").path("text").asString()).isEqualTo(expectedFirstTextForPayload(ChannelKind.FACEBOOK, "topic:ma-otp"));
    }

    @Test
    void aBatchWithOneUnreadableItemIsAcceptedAndItsGoodMessageAnswered() {
        sendApiAnswers();
        String good = psid();
        String bad = psid();
        String batch = """
                {"object":"page","entry":[{"id":"PAGE","time":%%TS00%%,"messaging":[
                  {"sender":{"id":"%1$s"},"recipient":{"id":"PAGE"},"timestamp":99999999999999999999999,
                   "message":{"mid":"%2$s","text":"xin chào"}},
                  {"sender":{"id":"%1$s"},"recipient":{"id":"PAGE"},"timestamp":"hôm qua",
                   "message":{"mid":"%3$s","text":"xin chào"}},
                  {"sender":{"id":"%1$s"},"recipient":{"id":"PAGE"},"timestamp":-5,
                   "message":{"mid":"%4$s","text":"xin chào"}},
                  {"sender":{"id":"%5$s"},"recipient":{"id":"PAGE"},"timestamp":%%TS01%%,
                   "message":{"mid":"%6$s","text":%7$s}}]}]}
                """.formatted(bad, mid(), mid(), mid(), good, mid(), jsonString(QUESTION));

        deliver(batch).expectStatus().isOk().expectBody();

        JsonNode body = awaitRequests(sentTo(good), 1).get(0);
        assertThat(body.path("message").path("text").asString()).isEqualTo(expectedFirstText(ChannelKind.FACEBOOK, QUESTION));
        assertThat(platform.findAll(sentTo(bad))).isEmpty();
        assertThat(meters.find("anm.channel.events").tag("channel", "facebook").tag("outcome", "skipped-unreadable").counter().count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aBodyOver256KbIsRefusedWith413() {
        byte[] big = message(psid(), mid(), jsonString("a".repeat(300 * 1024))).getBytes(StandardCharsets.UTF_8);
        postRaw(big, signature(big)).expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
    }

    @Test
    void malformedJsonIsRefusedWith400() {
        byte[] broken = "{\"object\":\"page\",\"entry\":[".getBytes(StandardCharsets.UTF_8);
        postRaw(broken, signature(broken)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
    }

    private double retries(String reason) {
        var counter = meters.find("anm.channel.send.retries").tag("channel", "facebook").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private void sendApiAnswers() {
        platform.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"1\",\"message_id\":\"m_sent\"}")));
    }

    private static RequestPatternBuilder sentTo(String psid) {
        return postRequestedFor(urlPathEqualTo(SEND_PATH)).withRequestBody(matchingJsonPath("$.recipient.id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(psid)));
    }

    private WebTestClient.ResponseSpec deliver(String body) {
        byte[] bytes = now(body).getBytes(StandardCharsets.UTF_8);
        return postRaw(bytes, signature(bytes));
    }

    private WebTestClient.ResponseSpec postRaw(byte[] body, String signature) {
        return web.post().uri("/webhooks/facebook")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (signature != null) {
                        h.set("X-Hub-Signature-256", signature);
                    }
                })
                .bodyValue(body)
                .exchange();
    }

    private static String message(String psid, String mid, String textJson) {
        return """
                {"object":"page","entry":[{"id":"PAGE","time":%%TS23%%,"messaging":[
                  {"sender":{"id":"%s"},"recipient":{"id":"PAGE"},"timestamp":%%TS00%%,
                   "message":{"mid":"%s","text":%s}}]}]}
                """.formatted(psid, mid, textJson);
    }

    /** Fixtures say %TSnn%: a recent Messenger timestamp (the reply window counts from it). */
    static String now(String body) {
        long base = System.currentTimeMillis() - 1000;
        return java.util.regex.Pattern.compile("%TS(\\d\\d)%").matcher(body)
                .replaceAll(m -> Long.toString(base + Integer.parseInt(m.group(1))));
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String signature(byte[] body) {
        return WebhookSignatures.expected(FB_APP_SECRET, body);
    }

    private static String psid() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }

    private static String mid() {
        return "m_" + UUID.randomUUID();
    }
}
