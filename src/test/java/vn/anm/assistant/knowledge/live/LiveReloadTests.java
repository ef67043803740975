package vn.anm.assistant.knowledge.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationEventPublisher;

import vn.anm.assistant.knowledge.KnowledgeBaseRejected;
import vn.anm.assistant.knowledge.KnowledgeBaseReloaded;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;

/** Edits under knowledge-base/ go live without a restart; a broken edit keeps the previous version serving. */
class LiveReloadTests {

    @TempDir
    Path root;

    final List<Object> events = new CopyOnWriteArrayList<>();
    LiveKnowledgeBase knowledgeBase;
    KnowledgeBaseWatcher watcher;

    @BeforeEach
    void copyTheShippedKnowledgeBaseAndWatchIt() throws Exception {
        Path source = Path.of("knowledge-base");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = root.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        ApplicationEventPublisher publisher = events::add;
        knowledgeBase = new LiveKnowledgeBase(new KnowledgeBaseLoader(root, Map.of()), MatchThresholds.DEFAULTS, publisher, Clock.systemUTC());
        watcher = new KnowledgeBaseWatcher(root, Duration.ofMillis(200), knowledgeBase::reload);
        watcher.afterPropertiesSet();
    }

    @AfterEach
    void stop() throws IOException {
        watcher.destroy();
    }

    @Test
    void anEditedAnswerIsServedWithoutARestart() throws IOException {
        Path entry = root.resolve("entries/ky-nang/ma-otp.md");
        Files.writeString(entry, Files.readString(entry).replace("Ai hỏi mã OTP của bạn đều là kẻ lừa đảo", "Câu mở đầu mới cho mã OTP"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(knowledgeBase.answerText(knowledgeBase.topic("ma-otp").orElseThrow())).startsWith("Câu mở đầu mới cho mã OTP");
            assertThat(events).anyMatch(KnowledgeBaseReloaded.class::isInstance);
        });
    }

    @Test
    void aNewEntryBecomesMatchable() throws IOException {
        Files.writeString(root.resolve("entries/ky-nang/thu-nghiem-moi.md"), """
                ---
                id: thu-nghiem-moi
                title: Chủ đề hoàn toàn mới về kỳ lân xanh
                group: ky-nang
                severity: info
                questions:
                  - kỳ lân xanh có thật không
                keywords: [kỳ lân xanh]
                related: []
                sources:
                  - title: Nguồn thử nghiệm
                    ref: https://example.org
                reviewed: 2026-11-29
                ---
                Đây là câu trả lời về kỳ lân xanh.

                - Bước một.
                """);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(knowledgeBase.match("kỳ lân xanh có thật không").candidates().get(0).topic()).isEqualTo("thu-nghiem-moi"));
    }

    @Test
    void aBrokenEditIsRefusedAndThePreviousVersionKeepsServing() throws IOException {
        int before = knowledgeBase.topics().size();
        Path entry = root.resolve("entries/ky-nang/ma-otp.md");
        Files.writeString(entry, Files.readString(entry).replace("id: ma-otp", "id: ten-khac"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(KnowledgeBaseRejected.class,
                        r -> assertThat(r.problem()).contains("entries/ky-nang/ma-otp.md").contains("not the file name"))));
        assertThat(knowledgeBase.topics()).hasSize(before);
        assertThat(knowledgeBase.topic("ma-otp")).isPresent();
        assertThat(knowledgeBase.match("ai hỏi mã otp cũng không đưa").candidates()).isNotEmpty();
    }
}
