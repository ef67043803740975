package vn.anm.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.anm.assistant.moderation.ConsoleContext;
import vn.anm.assistant.report.CaseStatus;
import vn.anm.assistant.report.ReportDesk;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.TestDrafts;

/**
 * "tra cứu LS-…" through the real conversation bean and database: the status, only to the chat account that filed
 * the report, written however the citizen types it, and never any of the report's content.
 */
class ReportStatusLookupTests extends ConsoleContext {

    @Autowired
    Conversation conversation;
    @Autowired
    ReportDesk desk;

    static String code;

    @BeforeAll
    static void fileAReport(@Autowired ReportIntake intake) {
        code = intake.submit(TestDrafts.complete(new Reporter("ZALO", "lookup-owner"))).block().reference().value();
    }

    @Test
    void theCitizenWhoFiledItSeesItsStatusHoweverTheyTypeIt() {
        for (String text : new String[] {"tra cứu " + code, "Tra cuu " + code.toLowerCase(), code, "tình trạng tin báo: " + code + "?",
                "kiểm tra " + code}) {
            ConversationReply reply = ask("lookup-owner", text);
            assertThat(reply.decision()).as(text).isEqualTo(TurnKind.REPORT_STATUS);
            assertThat(text(reply)).as(text).contains("Tin báo " + code).contains(": mới,").contains("đang chờ cán bộ xem")
                    .doesNotContain(TestDrafts.CALLBACK_PHONE).doesNotContain(TestDrafts.SCAMMER_PHONE).doesNotContain("Hàm Rồng")
                    .doesNotContain("50 triệu");
        }
    }

    @Test
    void theStatusFollowsTheDesk(@Autowired ReportIntake intake) {
        String other = intake.submit(TestDrafts.complete(new Reporter("ZALO", "lookup-owner-2"))).block().reference().value();
        desk.changeStatus(new ReportReference(other), CaseStatus.REFERRED, "Người thử", "ghi chú nội bộ không cho dân xem").block();
        assertThat(text(ask("lookup-owner-2", "tra cứu " + other))).contains("đã chuyển cơ quan chức năng")
                .doesNotContain("ghi chú nội bộ").doesNotContain("Người thử");
    }

    @Test
    void anotherAccountOrAnUnknownCodeGetsTheSameRefusal() {
        String stranger = text(ask("lookup-stranger", "tra cứu " + code));
        String unknown = text(ask("lookup-owner", "tra cứu LS-20000101-0001"));
        assertThat(stranger).contains("không tìm thấy tin báo " + code).doesNotContain(": mới");
        assertThat(unknown.replace("LS-20000101-0001", code)).isEqualTo(stranger);
        // on another channel the same user id is another person
        assertThat(ask("lookup-owner", "tra cứu " + code, ChannelKind.FACEBOOK).messages().get(0).text()).contains("không tìm thấy");
    }

    @Test
    void aMessageThatOnlyMentionsACodeIsAnsweredAsUsual() {
        assertThat(ask("lookup-owner", "tôi muốn tra cứu tin báo").decision()).isNotEqualTo(TurnKind.REPORT_STATUS);
        assertThat(ask("lookup-owner", "có người nhắn mã " + code + " bảo tôi chuyển tiền để rút lại tin báo").decision())
                .isNotEqualTo(TurnKind.REPORT_STATUS);
    }

    private ConversationReply ask(String user, String text) {
        return ask(user, text, ChannelKind.ZALO);
    }

    private ConversationReply ask(String user, String text, ChannelKind channel) {
        return conversation.handle(InboundMessage.text(channel, user, "m-" + System.nanoTime(), text, Instant.now())).block();
    }

    private static String text(ConversationReply reply) {
        return reply.messages().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }
}
