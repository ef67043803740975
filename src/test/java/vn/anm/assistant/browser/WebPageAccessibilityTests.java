package vn.anm.assistant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.anm.assistant.channel.web.WebChatSessions;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;

/**
 * The web chat page as an elderly citizen on a phone meets it, in a real headless Chromium: what the styles
 * compute to (the field's border contrast, the note's size, finger-sized buttons), the note and the
 * {@code <noscript>} message, "Bắt đầu lại" on a shared phone, and an axe-core audit with no serious or
 * critical violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "anm.knowledge.watch=false", "anm.report.console-readers=true", "anm.operator.name=Công an tỉnh Lạng Sơn" })
class WebPageAccessibilityTests {

    static ChromeDriver browser;

    @DynamicPropertySource
    static void dataInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("anm-page-");
        registry.add("anm.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    @Autowired
    WebChatSessions sessions;

    @BeforeAll
    static void startBrowser() {
        HeadlessChromium.requireOrSkip();
        browser = HeadlessChromium.start(390, 844); // a phone
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openThePage() {
        browser.get("http://localhost:" + port + "/");
        browser.manage().deleteAllCookies(); // each test starts as a newcomer
        browser.navigate().refresh();
        waitForBotMessages(1);
    }

    @Test
    void theFieldTheNoteAndTheButtonsAreEasyToSeeAndTap() {
        Map<?, ?> field = (Map<?, ?>) browser.executeScript("""
                const s = getComputedStyle(document.getElementById('message'));
                let bg = s.backgroundColor, el = document.getElementById('message');
                while (bg === 'rgba(0, 0, 0, 0)' && el.parentElement) { el = el.parentElement; bg = getComputedStyle(el).backgroundColor; }
                return { border: s.borderTopColor, width: s.borderTopWidth, background: bg };""");
        double contrast = contrast(field.get("border").toString(), field.get("background").toString());
        assertThat(contrast).as("the field's border %s against %s", field.get("border"), field.get("background"))
                .isGreaterThanOrEqualTo(3.0);
        assertThat(px(field.get("width").toString())).as("border width").isGreaterThanOrEqualTo(1.0);

        for (WebElement line : browser.findElements(By.cssSelector("#notice p"))) {
            assertThat(px(line.getCssValue("font-size"))).as("the note's font size").isGreaterThanOrEqualTo(16.0);
        }

        List<WebElement> buttons = new ArrayList<>(browser.findElements(By.cssSelector("button, .buttons a")));
        assertThat(buttons).as("the page's own buttons and the welcome's menu").hasSizeGreaterThan(5);
        for (WebElement button : buttons) {
            assertThat(button.getSize().getHeight()).as("height of '%s'", button.getText()).isGreaterThanOrEqualTo(44);
            assertThat(button.getSize().getWidth()).as("width of '%s'", button.getText()).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void theNoteAndTheNoscriptMessageSayWhatMatters() {
        String note = browser.findElement(By.id("notice")).getText();
        assertThat(note).contains("Khẩn cấp: gọi 113", "tổng đài ngân hàng", "trợ lý tự động", "mật khẩu, mã OTP hay số thẻ",
                "lưu 180 ngày", "đã che số điện thoại");
        String noscript = (String) browser.executeScript("return document.querySelector('noscript').textContent;");
        assertThat(noscript).contains("JavaScript", "gọi 113", "tổng đài ngân hàng");
        assertThat(browser.findElements(By.cssSelector("script:not([src])"))).as("no inline script").isEmpty();
    }

    @Test
    void batDauLaiLetsTheNextPersonOnASharedPhoneStartFresh() {
        ask("trình báo");
        WebElement consent = waitForButton("Đồng ý");
        consent.click();
        waitForText("Chuyện gì đã xảy ra");
        String previous = sessionCookie();
        Reporter first = new Reporter("WEB", sessions.userIdOf(previous));
        assertThat(intake.loadDraft(first).block()).as("the first person's draft").isNotNull();

        browser.findElement(By.id("restart")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waitForBotMessages(1);
        assertThat(browser.findElements(By.cssSelector("#log .msg.user"))).as("the log starts empty").isEmpty();
        assertThat(sessionCookie()).as("a new session for the next person").isNotEqualTo(previous);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> intake.loadDraft(first).blockOptional().isEmpty());

        ask("trình báo");
        waitForText("bấm \"Đồng ý\"");
        assertThat(browser.findElement(By.id("log")).getText()).doesNotContain("đang có một bản trình báo khai dở");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() throws IOException {
        String axe;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> found = new ArrayList<>();
        found.addAll(audit(axe, "the welcome"));
        ask("trình báo");
        waitForButton("Đồng ý");
        found.addAll(audit(axe, "the consent"));
        assertThat(found).as("serious or critical accessibility violations").isEmpty();
    }

    private List<String> audit(String axe, String when) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.executeScript(axe);
        String json = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(JSON.stringify(r)), e => done(JSON.stringify({ error: String(e) })));""");
        JsonNode result = JsonMapper.builder().build().readTree(json);
        assertThat(result.has("error")).as("axe ran: %s", json).isFalse();
        assertThat(result.path("testEngine").path("name").asString()).isEqualTo("axe-core");
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : result.path("violations")) {
            String impact = violation.path("impact").asString();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(when + ": " + violation.path("id").asString() + " (" + impact + ") " + violation.path("help").asString()
                        + " " + violation.path("nodes").toString());
            }
        }
        return serious;
    }

    /** The web chat's HttpOnly session cookie, which the page's scripts cannot read but the browser keeps. */
    private static String sessionCookie() {
        return browser.manage().getCookieNamed(WebChatSessions.COOKIE).getValue();
    }

    private void ask(String text) {
        int before = browser.findElements(By.cssSelector("#log .msg.bot")).size();
        browser.findElement(By.id("message")).sendKeys(text);
        browser.findElement(By.id("send")).click();
        waitForBotMessages(before + 1);
    }

    private void waitForBotMessages(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(b -> b.findElements(By.cssSelector("#log .msg.bot")).size() >= count
                        && b.findElement(By.id("send")).isEnabled());
    }

    private WebElement waitForButton(String title) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.findElements(By.cssSelector("#log .buttons button"))
                .stream().filter(e -> e.getText().equals(title)).reduce((first, second) -> second).orElse(null));
    }

    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.findElement(By.id("log")).getText().contains(text));
    }

    private static double px(String value) {
        return Double.parseDouble(value.replace("px", "").strip());
    }

    /** WCAG contrast ratio of two CSS colours given as rgb()/rgba() (alpha ignored: both are opaque here). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
