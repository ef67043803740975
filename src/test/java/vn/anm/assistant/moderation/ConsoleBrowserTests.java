package vn.anm.assistant.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.browser.HeadlessChromium;
import vn.anm.assistant.moderation.security.Role;
import vn.anm.assistant.moderation.security.Totp;

/**
 * The console in a real headless Chromium, as a moderator uses it: the first administrator signs in with
 * the password from the environment, must change it and set up TOTP, signs in again with a code; edits an
 * entry, sees it previewed as Zalo/Messenger/web show it, publishes, and the bot answers the new text on
 * /api/v1/chat; a harmful draft is blocked by the gate; a rollback brings the old answer back.
 * Screenshots go to a temporary folder, or to -Danm.screenshots=docs/console for the README.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests extends ConsoleContext {

    static final String NEW_PASSWORD = "Mùa lúa chín vàng ở Lạng Sơn 2026";
    static final String NEW_SENTENCE = "Câu mới từ bảng điều khiển: không ai được phép hỏi mã OTP của bạn.";
    static final String QUESTION = "có người gọi hỏi mã otp ngân hàng gửi về thì đọc cho họ được không";
    static ChromeDriver browser;
    static Path screenshots;
    static String adminToken;
    static long versionBeforePublish;
    static String answerBefore;

    @LocalServerPort
    int port;
    @Autowired
    WebTestClient client;
    @Autowired
    ConsoleUsers users;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startBrowser() throws IOException {
        HeadlessChromium.requireOrSkip();
        browser = HeadlessChromium.start(1280, 900);
        screenshots = HeadlessChromium.screenshotFolder("anm-console-shots-");
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    @Order(1)
    void theFirstAdministratorSignsInChangesThePasswordSetsUpTotpAndSignsInWithACode() throws Exception {
        open("/console/login");
        shot("01-dang-nhap");
        signIn("admin", FIRST_PASSWORD);
        wait(ExpectedConditions.urlContains("/console/password"));
        assertThat(text("main")).contains("lần đăng nhập đầu tiên");
        browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirm")).sendKeys(NEW_PASSWORD);
        click(By.id("change-password"));

        wait(ExpectedConditions.urlContains("/console/totp"));
        assertThat(browser.findElements(By.cssSelector(".qr svg"))).hasSize(1);
        shot("02-xac-thuc-hai-lop");
        byte[] secret = base32(browser.findElement(By.id("totp-key")).getText());
        browser.findElement(By.id("code")).sendKeys(new Totp().code(secret, Instant.now()));
        click(By.id("enable-totp"));
        wait(ExpectedConditions.urlMatches(".*/console$"));

        logout();
        signIn("admin", NEW_PASSWORD);
        wait(ExpectedConditions.urlContains("/console/login/totp"));
        // the next time step: the current one was just used to set up, and a used code is refused
        browser.findElement(By.id("code")).sendKeys(new Totp().code(secret, Instant.now().plusSeconds(30)));
        click(By.id("verify"));
        wait(ExpectedConditions.urlMatches(".*/console$"));
        assertThat(text("h1")).contains("Xin chào");
        shot("03-trang-chinh");
    }

    @Test
    @Order(2)
    void anEditedEntryIsPreviewedPublishedAndAnsweredByTheBot() throws Exception {
        adminToken = users.token("admin");
        answerBefore = chat(QUESTION);
        versionBeforePublish = liveVersion();
        open("/console/entries?q=otp");
        click(By.linkText("Không cung cấp mã OTP cho bất kỳ ai"));
        wait(ExpectedConditions.urlContains("/console/entries/ma-otp"));
        WebElement answer = browser.findElement(By.id("answer"));
        browser.executeScript("arguments[0].value = arguments[1] + '\\n\\n' + arguments[0].value", answer, NEW_SENTENCE);
        browser.findElement(By.id("preview-button")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), NEW_SENTENCE));
        assertThat(browser.findElements(By.cssSelector(".channel[data-channel=zalo] .bubble")).get(0).getText()).startsWith(NEW_SENTENCE);
        assertThat(browser.findElements(By.cssSelector(".channel[data-channel=zalo] .buttons li")).size()).isLessThanOrEqualTo(5);
        click(By.id("save"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text("#notice")).contains("Đã lưu vào bản nháp");
        shot("04-sua-chu-de");
        browser.manage().window().setSize(new Dimension(412, 900));
        shot("04b-sua-chu-de-dien-thoai");
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(chat(QUESTION)).as("a draft is not live").isEqualTo(answerBefore);

        open("/console/publish");
        assertThat(text("#gate-verdict")).startsWith("Đạt");
        browser.findElement(By.id("note")).sendKeys("Câu mở đầu rõ hơn cho chủ đề mã OTP");
        shot("05-xuat-ban");
        click(By.id("publish"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text("#notice")).contains("Đã xuất bản");
        shot("06-phien-ban");

        assertThat(chat(QUESTION)).startsWith(NEW_SENTENCE);
    }

    @Test
    @Order(3)
    void aHarmfulDraftIsBlockedByTheGate() throws Exception {
        users.ensure("browser-moderator", Role.MODERATOR);
        List<String> spoiled = List.of("gia-danh-cong-an", "mat-khau-manh", "wifi-cong-cong", "lua-dao-tinh-cam", "vay-tien-online",
                "tai-khoan-bi-hack", "xac-thuc-hai-yeu-to", "dau-tu-tai-chinh-gia");
        for (String id : spoiled) {
            Map<String, Object> entry = new java.util.HashMap<>(api().get().uri("/api/admin/entries/" + id).exchange()
                    .expectBody(ConsoleEditingTests.JSON).returnResult().getResponseBody());
            entry.put("questions", List.of("một câu không liên quan " + id));
            entry.put("keywords", List.of());
            api().put().uri("/api/admin/entries/" + id).contentType(MediaType.APPLICATION_JSON).bodyValue(entry).exchange().expectStatus().isOk().expectBody();
        }
        logout();
        signIn("browser-moderator", ConsoleUsers.PASSWORD);
        wait(ExpectedConditions.urlMatches(".*/console$"));
        open("/console/publish");
        assertThat(text("#gate-verdict")).startsWith("Bị chặn").contains("resolved@1");
        assertThat(browser.findElements(By.id("publish"))).as("no publish button for a moderator").isEmpty();
        shot("07-xuat-ban-bi-chan");
        for (String id : spoiled) {
            api().post().uri("/api/admin/entries/" + id + "/revert").exchange().expectStatus().isNoContent().expectBody();
        }
    }

    @Test
    @Order(4)
    void aRollbackBringsTheOldAnswerBack() throws Exception {
        open("/console/versions");
        shot("08-lich-su-phien-ban");
        click(By.linkText(String.valueOf(versionBeforePublish)));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("rollback")));
        browser.findElement(By.id("rollback")).click();
        browser.switchTo().alert().accept();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text("#notice")).contains("Đã khôi phục");
        assertThat(chat(QUESTION)).isEqualTo(answerBefore);
    }

    @Test
    @Order(5)
    void theUnansweredInboxShowsGroupedMaskedQuestions() throws Exception {
        // the message with a phone number last: the group shows its newest message, masked
        for (String text : List.of("lịch cắt điện ở Cao Lộc tuần này thế nào", "lịch cắt điện Cao Lộc tuần này",
                "tuần này Cao Lộc lịch cắt điện ra sao, gọi tôi 0987654321")) {
            chat(text);
        }
        open("/console/unanswered?order=most");
        assertThat(text("main")).contains("cắt điện").contains("[số điện thoại]").doesNotContain("0987654321").containsPattern("[2-9] tin"); // grouped (a message the bot answered is not here)
        shot("09-chua-tra-loi-duoc");
    }

    private void signIn(String username, String password) {
        if (!browser.getCurrentUrl().contains("/console/login")) {
            open("/console/login");
        }
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        click(By.id("sign-in"));
    }

    private void logout() {
        click(By.cssSelector("form[action='/console/logout'] button"));
        wait(ExpectedConditions.urlContains("/console/login"));
    }

    private void click(By target) {
        HeadlessChromium.click(browser, target);
    }

    private void wait(ExpectedCondition<?> condition) {
        HeadlessChromium.await(browser, condition);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void shot(String name) throws IOException {
        Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private WebTestClient api() {
        return client.mutate().defaultHeader("Authorization", "Bearer " + adminToken).responseTimeout(Duration.ofSeconds(60)).build();
    }

    private long liveVersion() {
        return ((Number) api().get().uri("/api/admin/draft").exchange().expectStatus().isOk().expectBody(ConsoleEditingTests.JSON)
                .returnResult().getResponseBody().get("liveVersion")).longValue();
    }

    private String chat(String text) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("user", "browser-" + System.nanoTime(), "text", text))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        List<?> messages = (List<?>) json.readValue(response.body(), Map.class).get("messages");
        return messages.stream().map(m -> String.valueOf(((Map<?, ?>) m).get("text"))).filter(t -> !t.startsWith("Xin chào") && t.length() > 80)
                .findFirst().orElse(String.valueOf(messages));
    }

    static byte[] base32(String key) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = key.replaceAll("[\\s=]", "").toUpperCase();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
