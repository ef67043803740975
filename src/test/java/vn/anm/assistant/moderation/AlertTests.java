package vn.anm.assistant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;

import vn.anm.assistant.alert.AlertDraft;
import vn.anm.assistant.alert.LocalAlert;
import vn.anm.assistant.alert.LocalAlerts;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.Conversation;
import vn.anm.assistant.conversation.ConversationReply;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;
import vn.anm.assistant.moderation.security.Role;

/**
 * Local alerts from the console form to the conversation: offered with the menu while valid, listed by "Cảnh báo mới",
 * in front of an answer on the related topic once per chat account, never after their end or once withdrawn, markup
 * kept as text; bad drafts refused with what to fix.
 */
class AlertTests extends ConsoleContext {

    @Autowired
    WebTestClient client;
    @Autowired
    Conversation conversation;
    @Autowired
    LocalAlerts alerts;
    @Autowired
    AuditLog audit;

    static ConsoleUsers.Session moderator;

    @BeforeAll
    static void signIn(@Autowired ConsoleUsers users, @Autowired WebTestClient client) {
        users.ensure("alert-moderator", Role.MODERATOR);
        moderator = users.signIn(client, "alert-moderator");
    }

    @Test
    void aPublishedAlertIsOfferedListedAndPrependedOnceToItsTopic() {
        String title = "Tin nhắn giả danh Điện lực " + System.nanoTime();
        publish(title, "Không bấm đường link lạ đòi <b>thanh toán tiền điện</b>. Gọi tổng đài điện lực in trên hóa đơn.",
                local(Instant.now().minusSeconds(60)), local(Instant.now().plus(1, ChronoUnit.DAYS)),
                "ma-otp", "Phường Đông Kinh\nXã Mai Pha").expectStatus().isSeeOther();
        assertThat(audit.recent("alert-moderator", AuditAction.ALERT_PUBLISHED, 5, Long.MAX_VALUE).collectList().block())
                .extracting(e -> e.subject()).contains(title);

        ConversationReply menu = ask("alert-user-1", "xin chào");
        assertThat(menu.decision()).isEqualTo(TurnKind.MENU);
        Reply offer = menu.messages().get(menu.messages().size() - 1);
        assertThat(offer.text()).contains("cảnh báo mới");
        assertThat(offer.buttons()).extracting(b -> b.title()).containsExactly("Cảnh báo mới");

        ConversationReply listed = conversation.handle(InboundMessage.payload(ChannelKind.ZALO, "alert-user-1", "p-" + System.nanoTime(),
                offer.buttons().get(0).payload(), Instant.now())).block();
        assertThat(listed.decision()).isEqualTo(TurnKind.ALERTS);
        assertThat(text(listed)).contains(title).contains("<b>thanh toán tiền điện</b>").contains("Phường Đông Kinh, Xã Mai Pha");
        assertThat(text(ask("alert-user-1", "Cảnh báo mới"))).contains(title);
        assertThat(text(ask("alert-user-1", "canh bao moi"))).contains(title);

        String question = "có người gọi hỏi mã otp ngân hàng gửi về thì đọc cho họ được không";
        ConversationReply first = ask("alert-user-2", question);
        assertThat(first.topic()).isEqualTo("ma-otp");
        assertThat(first.messages().get(0).text()).startsWith("⚠️ CẢNH BÁO: " + title);
        ConversationReply second = ask("alert-user-2", question);
        assertThat(text(second)).doesNotContain(title);
        assertThat(ask("alert-user-3", question).messages().get(0).text()).as("another citizen sees it too").contains(title);
        // the application is shared with the other console tests: their answers on this topic stay as they expect
        alerts.all(50).filter(a -> a.title().equals(title)).flatMap(a -> alerts.withdraw(a.id(), "tests")).blockLast();
    }

    @Test
    void anAlertPastItsEndNotYetStartedOrWithdrawnIsNeverShown() {
        Instant now = Instant.now();
        LocalAlert ended = alerts.publish(new AlertDraft("Đã hết hạn " + now, "Cũ.", now.minus(2, ChronoUnit.DAYS), now.minusSeconds(1),
                null, List.of()), "tests").block();
        LocalAlert coming = alerts.publish(new AlertDraft("Chưa tới " + now, "Sau.", now.plus(1, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS),
                null, List.of()), "tests").block();
        LocalAlert withdrawn = alerts.publish(new AlertDraft("Sẽ gỡ " + now, "Gỡ.", now.minusSeconds(5), now.plus(1, ChronoUnit.DAYS),
                null, List.of()), "tests").block();
        moderator.post(client, "/console/alerts/" + withdrawn.id() + "/withdraw", new LinkedMultiValueMap<>(), true).exchange().expectStatus().isSeeOther();
        List<LocalAlert> active = alerts.active(Instant.now()).block();
        assertThat(active).extracting(LocalAlert::id).doesNotContain(ended.id(), coming.id(), withdrawn.id());
        assertThat(text(ask("alert-user-4", "cảnh báo mới"))).doesNotContain(ended.title()).doesNotContain(coming.title())
                .doesNotContain(withdrawn.title());
        String page = moderator.get(client, "/console/alerts").exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains(ended.title()).contains("hết hạn").contains("chưa tới giờ").contains("đã gỡ");
    }

    @Test
    void badDraftsAreRefusedWithWhatToFix() {
        String from = local(Instant.now());
        String until = local(Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(refused("Dài quá", "x".repeat(601), from, until, "")).contains("quá 600 ký tự");
        assertThat(refused("Ngược", "Nội dung", until, from, "")).contains("kết thúc phải sau");
        assertThat(refused("", "Nội dung", from, until, "")).contains("Cần có tiêu đề");
        assertThat(refused("Chủ đề lạ", "Nội dung", from, until, "khong-co-chu-de")).contains("Không có chủ đề");
        assertThat(refused("Ngày sai", "Nội dung", "hôm nay", until, "")).contains("Cần có thời điểm");
        // a refused draft keeps what was typed, escaped
        assertThat(refused("<script>alert(1)</script>", "x".repeat(601), from, until, ""))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    /** As the form's datetime-local field sends it, in the province's time. */
    static String local(Instant at) {
        return java.time.LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), Timestamps.ZONE).toString();
    }

    private String refused(String title, String text, String from, String until, String topic) {
        return publish(title, text, from, until, topic, "").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec publish(String title, String text, String from, String until, String topic, String communes) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("title", title);
        form.add("text", text);
        form.add("from", from);
        form.add("until", until);
        form.add("topic", topic);
        form.add("communes", communes);
        return moderator.post(client, "/console/alerts", form, true).exchange();
    }

    private ConversationReply ask(String user, String text) {
        return conversation.handle(InboundMessage.text(ChannelKind.ZALO, user, "m-" + System.nanoTime(), text, Instant.now())).block();
    }

    private static String text(ConversationReply reply) {
        return reply.messages().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }
}
