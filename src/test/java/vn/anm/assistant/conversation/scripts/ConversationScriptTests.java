package vn.anm.assistant.conversation.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every conversation script under src/test/resources/conversations/ against the running service
 * over real HTTP. A script names its channel ({@code channel: web} by default); each channel has a
 * {@link ChannelDriver}. Scripts are described in conversations/README.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anm.knowledge.watch=false")
@AutoConfigureWebTestClient
class ConversationScriptTests {

    @Autowired
    WebTestClient client;

    @TestFactory
    Stream<DynamicTest> conversationScripts() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:conversations/*.yaml");
        assertThat(files).as("conversation scripts").hasSizeGreaterThanOrEqualTo(30);
        return Arrays.stream(files)
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(file -> DynamicTest.dynamicTest(file.getFilename(), () -> run(load(file), file.getFilename())));
    }

    private void run(ConversationScript script, String file) {
        ChannelDriver driver = driverFor(script.channel());
        String user = "script-" + file.replaceAll("[^0-9].*", "") + "-" + System.nanoTime(); // fresh conversation
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
            ChatReply reply = driver.send(user, step.say(), payload);
            step.expect().check(reply, file + " step " + number);
            previous = reply;
        }
    }

    private ChannelDriver driverFor(String channel) {
        return switch (channel) {
            case "web" -> new WebChatDriver(client);
            // The Facebook and Zalo webhook drivers come with the channels branch.
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
        ChatReply send(String user, String text, String payload);
    }

    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }
}
