package vn.anm.assistant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.moderation.handbook.Handbook;
import vn.anm.assistant.moderation.handbook.HandbookPdf;
import vn.anm.assistant.moderation.security.Role;

/**
 * The printable handbook as a person would check a printout: downloaded from the console, turned into page images by
 * Debian's pdftoppm, its text read back by pdftotext (Vietnamese with every diacritic, contents with page numbers
 * that point at the entry), the page count from pdfinfo. -Danm.screenshots=docs/console keeps one page image.
 */
class HandbookTests extends ConsoleContext {

    @Autowired
    WebTestClient client;
    @Autowired
    KnowledgeBase knowledge;

    static ConsoleUsers.Session officer;
    static Path dir;

    @BeforeAll
    static void signIn(@Autowired ConsoleUsers users, @Autowired WebTestClient client) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")) || "true".equalsIgnoreCase(System.getenv("CI")),
                "poppler-utils (pdftoppm, pdftotext, pdfinfo) are needed: apt-get install -y poppler-utils");
        users.ensure("handbook-officer", Role.OFFICER);
        officer = users.signIn(client, "handbook-officer");
        dir = Files.createTempDirectory("anm-handbook-");
    }

    @Test
    void theFullHandbookHasACoverContentsAndEveryEntryInVietnamese() throws Exception {
        Path pdf = download("all");
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        int pages = pages(pdf);
        assertThat(text.replaceAll("\\s+", " ")).contains("Cẩm nang an toàn trên mạng").contains("Mục lục").contains("Khẩn cấp: gọi 113");
        for (var topic : knowledge.topics()) {
            assertThat(text.replaceAll("\\s+", " ")).as(topic.id()).contains(topic.title().replaceAll("\\s+", " ").substring(0, Math.min(25, topic.title().length())));
        }
        assertThat(text).contains("Không cung cấp mã OTP").containsPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
        assertThat(pages).isBetween(40, 200);

        // the contents line of an entry names the page it starts on
        String perPage = run("pdftotext", pdf.toString(), "-");
        String[] byPage = perPage.split("\f");
        assertThat(byPage.length).isGreaterThanOrEqualTo(pages);
        Matcher line = Pattern.compile("Không cung cấp mã OTP cho bất kỳ ai\\s*(\\d+)").matcher(text);
        assertThat(line.find()).as("the OTP entry in the contents").isTrue();
        int page = Integer.parseInt(line.group(1));
        assertThat(byPage[page - 1]).contains("Không cung cấp mã OTP cho bất kỳ ai");

        run("pdftoppm", "-png", "-r", "50", pdf.toString(), dir.resolve("trang").toString());
        try (Stream<Path> images = Files.list(dir)) {
            assertThat(images.filter(p -> p.getFileName().toString().startsWith("trang") && p.toString().endsWith(".png")).count()).isEqualTo(pages);
        }
    }

    @Test
    void eachAudienceGuideIsItsOwnShortBooklet() throws Exception {
        for (String key : Handbook.GUIDES.keySet()) {
            Path pdf = download(key);
            String text = run("pdftotext", pdf.toString(), "-");
            String guide = knowledge.topic(Handbook.GUIDES.get(key)).orElseThrow().title();
            assertThat(text).as(key).contains(guide).contains("Mục lục");
            assertThat(pages(pdf)).as(key).isBetween(3, 30);
        }
        Path elderly = download("nguoi-cao-tuoi");
        run("pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "3", elderly.toString(), dir.resolve("nguoi-cao-tuoi").toString());
        String wanted = System.getProperty("anm.screenshots", "");
        if (!wanted.isBlank()) {
            try (Stream<Path> images = Files.list(dir)) {
                List<Path> shots = images.filter(p -> p.getFileName().toString().startsWith("nguoi-cao-tuoi")).sorted().toList();
                Files.copy(shots.get(0), Path.of(wanted, "15-cam-nang-bia.png"), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(shots.get(2), Path.of(wanted, "16-cam-nang-trang.png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        officer.get(client, "/console/handbook/khong-co.pdf").exchange().expectStatus().isNotFound();
    }

    @Test
    void theCoverCarriesAQrCodeWhenAnAddressIsGiven() throws Exception {
        byte[] bytes = new HandbookPdf(knowledge).render(Handbook.of("nguoi-cao-tuoi", knowledge), "Công an tỉnh Lạng Sơn",
                "https://zalo.me/0000000000000000000", "thử");
        Path pdf = dir.resolve("qr.pdf");
        Files.write(pdf, bytes);
        String cover = run("pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-");
        assertThat(cover).contains("Công an tỉnh Lạng Sơn").contains("https://zalo.me/0000000000000000000").contains("Hỏi Trợ lý An ninh mạng");
    }

    private Path download(String key) throws IOException {
        byte[] bytes = officer.get(client, "/console/handbook/" + key + ".pdf").exchange().expectStatus().isOk()
                .expectHeader().contentType("application/pdf").expectBody(byte[].class).returnResult().getResponseBody();
        Path pdf = dir.resolve(key + ".pdf");
        Files.write(pdf, bytes);
        return pdf;
    }

    private static int pages(Path pdf) throws Exception {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
