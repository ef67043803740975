package vn.anm.assistant.conversation.scripts;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.yaml.snakeyaml.Yaml;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;

/**
 * Runs every conversation script under src/test/resources/conversations/ against the running service
 * over real HTTP. A script names its channel ({@code channel: web} by default); each channel has a
 * {@link ChannelDriver}. Scripts are described in conversations/README.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anm.knowledge.watch=false")
@AutoConfigureWebTestClient(timeout = "PT60S") // a loaded CI machine can take more than the default 5 s
@Import({ ReplyRecorder.Configuration.class, ScriptedReaders.Configuration.class })
@ExtendWith(TurnDepthProbe.class) // and how deep each turn's call chain goes inside the conversation
class ConversationScriptTests {

    /** How the citizen hears the receiver of forwarded reports named (ANM_REPORT_RECEIVER_NAME). */
    static final String RECEIVER = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh";
    /** Who runs the assistant (ANM_OPERATOR_NAME). */
    static final String OPERATOR = "Công an tỉnh Lạng Sơn";
    static final String REPORTS_PATH = "/officers/reports";

    /** Stands in for the Graph API and Zalo's OpenAPI. */
    static final WireMockServer platform = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        platform.start();
        platform.stubFor(post(urlPathEqualTo(FacebookDriver.SEND_PATH))
                .willReturn(okJson("{\"recipient_id\":\"1\",\"message_id\":\"m_sent\"}")));
        platform.stubFor(post(urlPathEqualTo(ZaloDriver.CS_PATH))
                .willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"sent\",\"user_id\":\"1\"}}")));
        platform.stubFor(post(urlPathEqualTo(REPORTS_PATH)).willReturn(okJson("{}")));
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        String dataDir = "./target/test-data/scripts-" + UUID.randomUUID(); // once: every property reads the same folder
        registry.add("anm.data-dir", () -> dataDir);
        registry.add("anm.channel.facebook.app-secret", () -> FacebookDriver.APP_SECRET);
        registry.add("anm.channel.facebook.page-access-token", () -> "script-page-token");
        registry.add("anm.channel.facebook.verify-token", () -> "script-verify-token");
        registry.add("anm.channel.facebook.graph-url", () -> platform.baseUrl() + "/v25.0");
        registry.add("anm.channel.zalo.app-id", () -> ZaloDriver.APP_ID);
        registry.add("anm.channel.zalo.oa-secret-key", () -> ZaloDriver.OA_SECRET);
        registry.add("anm.channel.zalo.app-secret-key", () -> "script-app-secret-key");
        registry.add("anm.channel.zalo.access-token", () -> "script-access-token");
        registry.add("anm.channel.zalo.refresh-token", () -> "script-refresh-token");
        registry.add("anm.channel.zalo.openapi-url", platform::baseUrl);
        registry.add("anm.channel.zalo.oauth-url", platform::baseUrl);
        registry.add("anm.channel.zalo.token-check-every", () -> "1h");
        // Reports are forwarded to a named receiver (scripts with "readers:" see the other cases).
        registry.add("anm.report.webhook-url", () -> platform.baseUrl() + REPORTS_PATH);
        registry.add("anm.report.webhook-secret", () -> "script-report-secret");
        registry.add("anm.report.receiver-name", () -> RECEIVER);
        registry.add("anm.operator.name", () -> OPERATOR);
    }

    @AfterAll
    static void stopPlatform() {
        platform.stop();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    ReplyRecorder recorder;

    @Autowired
    vn.anm.assistant.channel.web.WebChatSessions sessions;

    @Autowired
    JsonMapper json;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportDesk desk;

    @Autowired
    DatabaseClient database;

    @Autowired
    vn.anm.assistant.conversation.state.ConversationStateStore states;

    @Autowired
    ScriptedReaders readers;

    @Autowired
    vn.anm.assistant.scamcheck.ScamLists scamLists; // #17: "blocklist:" items listed before a script plays

    @TestFactory
    Stream<DynamicTest> conversationScripts() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:conversations/*.yaml");
        assertThat(files).as("conversation scripts").hasSizeGreaterThanOrEqualTo(30);
        return Arrays.stream(files)
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(file -> DynamicTest.dynamicTest(file.getFilename(), () -> run(load(file), file.getFilename())));
    }

    private void run(ConversationScript script, String file) {
        Assumptions.assumeTrue(script.knownIssue() == null, () -> "known issue: " + script.knownIssue());
        readers.use(script.readers());
        try {
            play(script, file);
        } finally {
            readers.use(null);
        }
    }

    private void play(ConversationScript script, String file) {
        ChannelDriver driver = driverFor(script.channel());
        String user = "script-" + file.replaceAll("[^0-9].*", "") + "-" + System.nanoTime(); // fresh conversation
        Reporter reporter = new Reporter(script.channel().toUpperCase(Locale.ROOT), driver.userId(user));
        StoredData stored = new StoredData(intake, desk, database, states);
        long reportsBefore = stored.reportCount();
        stored.blocklist(scamLists, script.blocklist());
        ChatReply previous = null;
        int number = 0;
        for (ConversationScript.Step step : script.steps()) {
            number++;
            String payload = step.payload();
            if (step.press() != null) {
                assertThat(previous).as("%s step %d presses a button: there must be a previous reply", file, number).isNotNull();
                String where = file + " step " + number;
                payload = previous.payloadOf(step.press())
                        .orElseThrow(() -> new AssertionError(where + ": no button titled '" + step.press() + "'"));
            }
            ChatReply reply = driver.send(user, number, step.say(), payload);
            step.expect().check(reply, file + " step " + number);
            stored.check(step.stored(), reporter, reportsBefore, reply, file + " step " + number);
            previous = reply;
        }
    }

    private ChannelDriver driverFor(String channel) {
        return switch (channel) {
            case "web" -> new WebChatDriver(client, sessions);
            case "facebook" -> new WebhookDriver(client, new WebhookReplies(platform, recorder, json), json, new FacebookDriver());
            case "zalo" -> new WebhookDriver(client, new WebhookReplies(platform, recorder, json), json, new ZaloDriver());
            default -> {
                Assumptions.abort("no driver yet for channel " + channel);
                throw new IllegalStateException();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static ConversationScript load(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return ConversationScript.from(new Yaml().<Map<String, Object>>load(in), file.getFilename());
        }
    }

    /** Sends one turn through a channel and returns the bot's reply in the chat API's shape. */
    interface ChannelDriver {

        /** The user id the conversation (and the report module) sees for the script's user. */
        String userId(String user);

        /** Sends the {@code turn}-th message (1-based) of the script: typed text or a button's payload. */
        ChatReply send(String user, int turn, String text, String payload);
    }

    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }
}
