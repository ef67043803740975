package vn.anm.assistant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
}
