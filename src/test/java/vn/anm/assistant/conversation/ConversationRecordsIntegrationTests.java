package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.menu.MenuGroup;
import vn.anm.assistant.knowledge.Decision;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;

/** What moderators get from conversations (unanswered messages, masked; votes), and a menu that reaches every topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "anm.knowledge.watch=false")
@AutoConfigureWebTestClient(timeout = "PT60S") // a loaded CI machine can take more than the default 5 s
class ConversationRecordsIntegrationTests {

    @Autowired
    WebTestClient client;
    @Autowired
    UnansweredLog unanswered;
    @Autowired
    FeedbackLog feedback;
    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void keepsFallbackMessagesMaskedWithChannelTimeAndCandidates() {
        chat("{\"text\": \"giá vàng hôm nay bao nhiêu, gọi 0912345678 hoặc mail nguyen.van.a@gmail.com, stk 19031234567012\"}");

        UnansweredQuestion kept = unanswered.recent(50).filter(q -> q.maskedText().startsWith("giá vàng")).blockFirst();
        assertThat(kept).isNotNull();
        assertThat(kept.maskedText()).isEqualTo(
                "giá vàng hôm nay bao nhiêu, gọi [số điện thoại] hoặc mail [email], stk [số tài khoản]");
        assertThat(kept.decision()).isIn(Decision.FALLBACK, Decision.CLARIFY); // recorded either way
        assertThat(kept.channel()).isEqualTo(ChannelKind.WEB);
        assertThat(kept.at()).isNotNull();
        assertThat(kept.candidates()).isNotEmpty();
    }

    @Test
    void keepsClarifyMessagesButNotAnswersOrUrgentCases() {
        String user = user();
        chat("{\"user\": \"" + user + "\", \"text\": \"ngân hàng\"}");
        chat("{\"user\": \"" + user + "\", \"text\": \"mật khẩu mạnh là gì\"}");
        chat("{\"user\": \"" + user + "\", \"text\": \"lỡ ck 5tr cho scam rồi\"}");

        List<UnansweredQuestion> kept = unanswered.recent(100).collectList().block();
        assertThat(kept).anySatisfy(q -> {
            assertThat(q.maskedText()).isEqualTo("ngân hàng");
            assertThat(q.decision()).isEqualTo(Decision.CLARIFY);
            assertThat(q.candidates()).extracting(c -> c.topic()).contains("gia-danh-ngan-hang");
        });
        assertThat(kept).noneMatch(q -> q.maskedText().equals("mật khẩu mạnh là gì") || q.maskedText().contains("scam"));
    }

    @Test
    void recordsFeedbackPerTopicOncePerConversation() {
        String user = user();
        long before = helpfulVotes("sao-luu-du-lieu");
        chat("{\"user\": \"" + user + "\", \"payload\": \"topic:sao-luu-du-lieu\"}");
        chat("{\"user\": \"" + user + "\", \"payload\": \"feedback:up:sao-luu-du-lieu\"}");
        chat("{\"user\": \"" + user + "\", \"payload\": \"feedback:up:sao-luu-du-lieu\"}");

        assertThat(helpfulVotes("sao-luu-du-lieu")).isEqualTo(before + 1);
        assertThat(feedback.recent(10).blockFirst()).satisfies(vote -> {
            assertThat(vote.topic()).isEqualTo("sao-luu-du-lieu");
            assertThat(vote.helpful()).isTrue();
            assertThat(vote.channel()).isEqualTo(ChannelKind.WEB);
        });
    }

    @Test
    void theMenuReachesEveryTopicWithAShortButtonTitle() {
        ReplyTexts texts = new ReplyTexts("messages/conversation.properties");
        MenuCatalog catalog = new MenuCatalog(knowledgeBase, texts);
        Set<String> reachable = new HashSet<>();
        catalog.groups().forEach(g -> g.topics().forEach(t -> reachable.add(t.id())));
        catalog.group("report").map(MenuGroup::topics).orElseThrow().forEach(t -> reachable.add(t.id()));

        assertThat(reachable).containsExactlyInAnyOrderElementsOf(knowledgeBase.topics().stream().map(Topic::id).toList());
        for (Topic topic : knowledgeBase.topics()) {
            assertThat(texts.has("topic." + topic.id())).as("short title for %s", topic.id()).isTrue();
            String title = catalog.shortTitle(topic);
            assertThat(title.codePointCount(0, title.length())).as(title).isLessThanOrEqualTo(MenuCatalog.MAX_BUTTON_TITLE);
        }
        Set<String> titles = new HashSet<>();
        knowledgeBase.topics().forEach(t -> assertThat(titles.add(catalog.shortTitle(t))).as("unique: %s", t.id()).isTrue());
    }

    private long helpfulVotes(String topic) {
        Map<String, FeedbackLog.Tally> tallies = feedback.tallies().block();
        return tallies.containsKey(topic) ? tallies.get(topic).helpful() : 0;
    }

    /** Each "user" in a body is one browser keeping its session cookie (the server ignores the field itself). */
    private void chat(String body) {
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("\"user\": \"([^\"]+)\"").matcher(body);
        String user = named.find() ? named.group(1) : user();
        String cookie = cookies.computeIfAbsent(user, u -> sessions.newToken());
        client.post().uri("/api/v1/chat").cookie(vn.anm.assistant.channel.web.WebChatSessions.COOKIE, cookie)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk().expectBody();
    }

    private final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    vn.anm.assistant.channel.web.WebChatSessions sessions;

    private static String user() {
        return "t" + UUID.randomUUID().toString().replace("-", "");
    }
}
