package vn.anm.assistant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web chat in a real headless Chromium: a citizen types a question and reads the answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "anm.knowledge.watch=false")
class WebChatBrowserTests {

    static ChromeDriver browser;

    @DynamicPropertySource
    static void dataInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("anm-browser-");
        registry.add("anm.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        HeadlessChromium.requireOrSkip();
        browser = HeadlessChromium.start(400, 800);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTypedQuestionGetsTheAnswerInTheLog() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).isEqualTo("Trợ lý An ninh mạng");

        // The welcome first (the send button is disabled while it loads, and it mentions 113 itself).
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> !b.findElements(By.cssSelector("#log .msg.bot")).isEmpty() && b.findElement(By.id("send")).isEnabled());
        WebElement input = browser.findElement(By.id("message"));
        input.sendKeys("có người gọi xưng là công an bắt tôi chuyển tiền vào tài khoản tạm giữ");
        browser.findElement(By.id("send")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> b.findElements(By.cssSelector("#log .msg.user ~ .msg.bot")).stream().anyMatch(m -> m.getText().contains("113")));
        assertThat(browser.findElements(By.cssSelector("#log .msg.user")).get(0).getText())
                .contains("xưng là công an");
    }

    /** The placeholder is read whole, and a long story grows the box (up to a cap) instead of hiding in one line. */
    @Test
    void theTextBoxShowsTheWholePlaceholderAndGrowsForALongStory() {
        openChat();
        WebElement input = browser.findElement(By.id("message"));
        assertThat(number("var m = document.getElementById('message'); return m.scrollHeight - m.clientHeight;"))
                .as("placeholder cut").isLessThanOrEqualTo(1);
        long empty = input.getSize().getHeight();
        input.sendKeys("Sáng nay có người gọi điện xưng là cán bộ công an, nói tôi liên quan đến một vụ rửa tiền. ".repeat(4));
        long grown = input.getSize().getHeight();
        assertThat(grown).as("the box grows for a long story").isGreaterThan(empty + 40);
        assertThat(grown).as("capped at 40% of the screen").isLessThanOrEqualTo((long) (0.4 * number("return window.innerHeight;")) + 2);
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> input.getSize().getHeight() <= empty + 1);
        assertThat(number("return document.getElementById('message').scrollTop;")).as("not scrolled after sending").isZero();
    }

    /** After a long answer, the citizen's own question is still in sight above the start of the reply. */
    @Test
    void theCitizensOwnMessageStaysInSightAfterAReply() {
        openChat();
        browser.findElement(By.id("message")).sendKeys("tôi lỡ chuyển tiền cho kẻ lừa đảo rồi phải làm sao");
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> !b.findElements(By.cssSelector("#log .msg.user ~ .msg.bot")).isEmpty());
        assertThat(number("""
                var log = document.getElementById('log').getBoundingClientRect();
                var users = document.querySelectorAll('#log .msg.user');
                var me = users[users.length - 1].getBoundingClientRect();
                return me.top >= log.top && me.bottom <= log.bottom ? 1 : 0;""")).as("own message visible").isEqualTo(1);
    }

    /** The web shows every button: a group page lists its topics as buttons only, not also as a numbered list. */
    @Test
    void theMenuIsShownOnceAsButtons() {
        openChat();
        browser.findElements(By.cssSelector("#log .buttons button")).stream()
                .filter(b -> b.getText().equals("Pháp luật")).findFirst().orElseThrow().click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> b.findElements(By.cssSelector("#log .msg.bot")).stream().anyMatch(m -> m.getText().contains("Pháp luật về an ninh mạng")));
        List<WebElement> bots = browser.findElements(By.cssSelector("#log .msg.bot"));
        WebElement group = bots.get(bots.size() - 1);
        assertThat(group.getText()).doesNotContain("1. Luật An ninh mạng");
        assertThat(group.findElements(By.cssSelector(".buttons button")).stream().map(WebElement::getText))
                .contains("Luật An ninh mạng");
    }

    /** Links in a reply open (http and https only, in a new tab without opener); markup in a reply stays text. */
    @Test
    void linksInRepliesAreClickableAndNothingElseIsMarkup() {
        openChat();
        ((JavascriptExecutor) browser).executeScript("""
                window.fetch = function () {
                  var reply = { decision: 'ANSWER', messages: [{ buttons: [], text:
                    'Xem https://vneid.gov.vn/huong-dan. Không bấm javascript:alert(1) hay <b>đậm</b> <img src=x onerror=alert(1)>' }] };
                  return Promise.resolve(new Response(JSON.stringify(reply), { status: 200, headers: { 'Content-Type': 'application/json' } }));
                };""");
        browser.findElement(By.id("message")).sendKeys("có link không");
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> b.findElements(By.cssSelector("#log .msg.bot")).stream().anyMatch(m -> m.getText().contains("vneid.gov.vn")));
        List<WebElement> links = browser.findElements(By.cssSelector("#log .msg.bot a"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getAttribute("href")).isEqualTo("https://vneid.gov.vn/huong-dan");
        assertThat(links.get(0).getAttribute("rel")).contains("noopener");
        assertThat(links.get(0).getAttribute("target")).isEqualTo("_blank");
        assertThat(browser.findElements(By.cssSelector("#log b, #log img"))).isEmpty();
        List<WebElement> bots = browser.findElements(By.cssSelector("#log .msg.bot"));
        assertThat(bots.get(bots.size() - 1).getText()).contains("<b>đậm</b>").contains("javascript:alert(1)");
    }

    @Test
    void thePageHasAFavicon() throws Exception {
        openChat();
        String href = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        HttpResponse<String> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
    }

    private void openChat() {
        browser.get("http://localhost:" + port + "/");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                b -> !b.findElements(By.cssSelector("#log .msg.bot")).isEmpty() && b.findElement(By.id("send")).isEnabled());
    }

    private static long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }
}
