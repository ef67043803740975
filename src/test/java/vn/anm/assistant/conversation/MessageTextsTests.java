package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.menu.MenuGroup;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.source.KnowledgeSnapshot;

/**
 * Every fixed text the service shows, one row each: written in NFC, in plain words for citizens, and
 * every title a button can carry (from messages/*.properties and the menu over the shipped knowledge
 * base) within Facebook's 20 characters.
 */
class MessageTextsTests {

    static final List<String> FILES = List.of("messages/conversation.properties", "messages/channel.properties",
            "messages/knowledge.properties", "messages/report.properties");
    /** What a citizen reads; report.properties is what officers read in forwarded reports. */
    static final List<String> CITIZEN_FILES = List.of("messages/conversation.properties", "messages/channel.properties",
            "messages/knowledge.properties");
    /** Keys whose value is a button title. */
    static final Pattern BUTTON_KEY = Pattern.compile("button\\..*|.*\\.button|topic\\..*|report\\.edit\\.[A-Z_]+");
    /** Officers' words a citizen should not meet (issue 18): "kẻ gian", "số tài khoản" instead. */
    static final Map<String, Pattern> JARGON = Map.of("đối tượng", Pattern.compile("(?iu)đối tượng"), "STK",
            Pattern.compile("\\bSTK\\b"));

    static Stream<Arguments> texts() {
        List<Arguments> rows = new ArrayList<>();
        for (String file : FILES) {
            load(file).forEach((key, value) -> rows.add(Arguments.of(file, key, value)));
        }
        return rows.stream();
    }

    static Stream<Arguments> buttonTitles() {
        List<Arguments> rows = new ArrayList<>();
        for (String file : CITIZEN_FILES) {
            load(file).forEach((key, value) -> {
                if (BUTTON_KEY.matcher((String) key).matches()) {
                    rows.add(Arguments.of(file + " " + key, value));
                }
            });
        }
        // The titles the menu shows for the shipped knowledge base, including titles shortened from the entries.
        MenuCatalog catalog = new MenuCatalog(shippedKnowledgeBase(), new ReplyTexts("messages/conversation.properties"));
        for (MenuGroup group : catalog.groups()) {
            rows.add(Arguments.of("menu group " + group.key(), group.button()));
            group.topics().forEach(t -> rows.add(Arguments.of("menu topic " + t.id(), catalog.shortTitle(t))));
        }
        catalog.group("report").ifPresent(g -> g.topics()
                .forEach(t -> rows.add(Arguments.of("report topic " + t.id(), catalog.shortTitle(t)))));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("texts")
    void everyTextIsNfc(String file, String key, String value) {
        assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as("%s %s is NFC", file, key).isTrue();
        assertThat(value).as("%s %s", file, key).doesNotContain("\uFFFD").isEqualTo(value.strip());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("texts")
    void citizensReadPlainWords(String file, String key, String value) {
        if (CITIZEN_FILES.contains(file)) {
            JARGON.forEach((word, pattern) -> assertThat(pattern.matcher(value).find())
                    .as("%s %s says \"%s\"", file, key, word).isFalse());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("buttonTitles")
    void everyButtonTitleFitsTwentyCharacters(String where, String title) {
        assertThat(title).as(where).isNotBlank();
        assertThat(Normalizer.isNormalized(title, Normalizer.Form.NFC)).as("%s is NFC", where).isTrue();
        assertThat(title.codePointCount(0, title.length())).as("%s '%s'", where, title).isLessThanOrEqualTo(MenuCatalog.MAX_BUTTON_TITLE);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static KnowledgeBase shippedKnowledgeBase() {
        KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        return new KnowledgeBase() {
            @Override
            public List<Topic> topics() {
                return snapshot.topics();
            }

            @Override
            public Optional<Topic> topic(String id) {
                return snapshot.topics().stream().filter(t -> t.id().equals(id)).findFirst();
            }

            @Override
            public List<Contact> contacts() {
                return List.copyOf(snapshot.contacts().values());
            }

            @Override
            public String answerText(Topic topic) {
                return topic.answer();
            }

            @Override
            public List<String> groups() {
                return KnowledgeBaseLoader.GROUPS;
            }
        };
    }
}
