package vn.anm.assistant.knowledge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.anm.assistant.knowledge.Severity;
import vn.anm.assistant.knowledge.Topic;

/** The loader refuses a broken knowledge base with a message naming the file and the problem. */
class KnowledgeBaseLoaderTests {

    static final String VALID = """
            ---
            id: thu-nghiem
            title: Chủ đề thử nghiệm
            group: ky-nang
            severity: info
            questions:
              - Câu hỏi thử nghiệm là gì?
            keywords: [thử nghiệm]
            related: []
            sources:
              - title: Nguồn thử nghiệm
                ref: https://example.org/nguon
            reviewed: 2026-11-29
            ---
            Câu trả lời thử nghiệm.

            - {{contact:police-emergency}}
            """;

    @TempDir
    Path root;

    @Test
    void loadsAValidEntryWithItsContacts() throws IOException {
        write("entries/ky-nang/thu-nghiem.md", VALID);
        KnowledgeSnapshot snapshot = load();
        Topic topic = snapshot.topics().get(0);
        assertThat(topic.id()).isEqualTo("thu-nghiem");
        assertThat(topic.severity()).isEqualTo(Severity.INFO);
        assertThat(topic.reviewed()).hasToString("2026-11-29");
        assertThat(AnswerRenderer.render(topic.answer(), snapshot.contacts()))
                .isEqualTo("Câu trả lời thử nghiệm.\n\n- Gọi 113 (miễn phí, 24/24) khi cần báo tin khẩn cấp cho Công an.");
    }

    @Test
    void aLineAboutAnUnconfiguredContactIsLeftOut() throws IOException {
        write("entries/ky-nang/thu-nghiem.md", VALID.replace("{{contact:police-emergency}}", "{{contact:province-cybercrime}}"));
        KnowledgeSnapshot snapshot = load();
        assertThat(AnswerRenderer.render(snapshot.topics().get(0).answer(), snapshot.contacts())).isEqualTo("Câu trả lời thử nghiệm.");
    }

    @Test
    void aContactConfiguredByTheAgencyIsShown() throws IOException {
        write("entries/ky-nang/thu-nghiem.md", VALID.replace("{{contact:police-emergency}}", "{{contact:province-cybercrime}}"));
        KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(root, Map.of("province-cybercrime", "0205 000 000")).load();
        assertThat(AnswerRenderer.render(snapshot.topics().get(0).answer(), snapshot.contacts())).endsWith("Công an tỉnh: 0205 000 000.");
    }

    static Stream<Arguments> brokenEntries() {
        return Stream.of(
                broken("id differs from the file name", t -> t.replace("id: thu-nghiem", "id: khac"), "id 'khac' is not the file name 'thu-nghiem'"),
                broken("id not kebab-case", t -> t.replace("id: thu-nghiem", "id: Thu_Nghiem"), "not kebab-case"),
                broken("missing title", t -> t.replace("title: Chủ đề thử nghiệm\n", ""), "missing field 'title'"),
                broken("missing reviewed", t -> t.replace("reviewed: 2026-11-29\n", ""), "missing field 'reviewed'"),
                broken("bad date", t -> t.replace("reviewed: 2026-11-29", "reviewed: hôm qua"), "'reviewed' must be a date"),
                broken("no questions", t -> t.replace("  - Câu hỏi thử nghiệm là gì?\n", "").replace("questions:\n", "questions: []\n"), "no questions"),
                broken("unknown related id", t -> t.replace("related: []", "related: [khong-co]"), "unknown related id 'khong-co'"),
                broken("unknown contact", t -> t.replace("police-emergency", "khong-co"), "unknown contact '{{contact:khong-co}}'"),
                broken("answer too long", t -> t + "Dài quá. ".repeat(250), "at most 1800 fit one message"),
                broken("text not NFC", t -> Normalizer.normalize(t, Normalizer.Form.NFD), "text is not NFC"),
                broken("bad severity", t -> t.replace("severity: info", "severity: gấp"), "severity 'gấp' is not info, warning or urgent"),
                broken("group is not the folder", t -> t.replace("group: ky-nang", "group: thu-doan"), "group 'thu-doan' is not the folder 'ky-nang'"),
                broken("no sources", t -> t.replace("""
                        sources:
                          - title: Nguồn thử nghiệm
                            ref: https://example.org/nguon
                        """, "sources: []\n"), "no sources"),
                broken("front matter not closed", t -> t.replace("reviewed: 2026-11-29\n---", "reviewed: 2026-11-29\n"), "not closed"),
                broken("invalid YAML", t -> t.replace("keywords: [thử nghiệm]", "keywords: [thử nghiệm"), "not valid YAML"));
    }

    static Arguments broken(String name, UnaryOperator<String> edit, String expected) {
        return Arguments.of(name, edit, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEntries")
    void refusesABrokenEntryNamingTheFile(String name, UnaryOperator<String> edit, String expected) throws IOException {
        write("entries/ky-nang/thu-nghiem.md", edit.apply(VALID));
        assertThatThrownBy(this::load)
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("entries/ky-nang/thu-nghiem.md")
                .hasMessageContaining(expected);
    }

    @Test
    void refusesTwoEntriesWithTheSameId() throws IOException {
        write("entries/ky-nang/thu-nghiem.md", VALID);
        write("entries/phap-luat/thu-nghiem.md", VALID.replace("group: ky-nang", "group: phap-luat"));
        assertThatThrownBy(this::load).hasMessageContaining("duplicate id 'thu-nghiem'");
    }

    @Test
    void refusesAFolderThatIsNoGroup() throws IOException {
        write("entries/linh-tinh/thu-nghiem.md", VALID.replace("group: ky-nang", "group: linh-tinh"));
        assertThatThrownBy(this::load).hasMessageContaining("folder 'linh-tinh' is not one of the groups");
    }

    @Test
    void theShippedKnowledgeBaseIsValid() {
        KnowledgeSnapshot snapshot = new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()).load();
        assertThat(snapshot.topics()).hasSizeGreaterThanOrEqualTo(55);
        assertThat(snapshot.lexicon().abbreviations()).containsKeys("mk", "tk", "stk", "ko", "dc");
    }

    private KnowledgeSnapshot load() {
        return new KnowledgeBaseLoader(root, Map.of()).load();
    }

    private void write(String relative, String content) throws IOException {
        if (!Files.exists(root.resolve("contacts.yaml"))) {
            Files.copy(Path.of("knowledge-base/contacts.yaml"), root.resolve("contacts.yaml"));
        }
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
