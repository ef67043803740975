package vn.anm.assistant.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.knowledge.Topic;
import vn.anm.assistant.report.ReportReader;

/** "Liên hệ" says there is no province number only when none is configured. */
class ContactsOutroTests {

    @ParameterizedTest(name = "province number \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "''            | Mình chưa có số điện thoại riêng của Công an tỉnh",
            "(configured)  | Khẩn cấp, bạn gọi 113 hoặc đến Công an xã/phường nơi bạn ở." })
    void theOutroFollowsTheConfiguredContacts(String provinceNumber, String outro) {
        List<Contact> contacts = List.of(
                new Contact("police-emergency", "Cảnh sát 113", "113", "Gọi {value} khi khẩn cấp.", new Source("t", "r")),
                new Contact("province-cybercrime", "Phòng An ninh mạng", provinceNumber, "Phòng An ninh mạng: {value}.",
                        new Source("t", "ANM_CONTACT_PROVINCE_CYBERCRIME")));
        ReplyTexts texts = new ReplyTexts(ConversationConfiguration.TEXTS);
        KnowledgeBase knowledgeBase = new KnowledgeBase() {
            @Override
            public List<Topic> topics() {
                return List.of();
            }

            @Override
            public Optional<Topic> topic(String id) {
                return Optional.empty();
            }

            @Override
            public List<Contact> contacts() {
                return contacts;
            }

            @Override
            public String answerText(Topic topic) {
                return topic.answer();
            }

            @Override
            public List<String> groups() {
                return List.of();
            }
        };
        MenuReplies menu = new MenuReplies(new MenuCatalog(knowledgeBase, texts), knowledgeBase, texts,
                new ReportPromises(ReportReader.ReadInConsole::new, texts, "Công an tỉnh"));
        String text = menu.contacts(TurnContext.preview(Instant.EPOCH)).messages().get(0).text();
        assertThat(text).contains(outro);
        if (!provinceNumber.isBlank()) {
            assertThat(text).contains("Phòng An ninh mạng: (configured).").doesNotContain("chưa có số điện thoại riêng");
        }
    }
}
