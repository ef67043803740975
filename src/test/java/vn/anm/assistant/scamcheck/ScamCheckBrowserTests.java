package vn.anm.assistant.scamcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.anm.assistant.browser.HeadlessChromium;
import vn.anm.assistant.moderation.ConsoleContext;
import vn.anm.assistant.moderation.ConsoleUsers;
import vn.anm.assistant.moderation.security.Role;

/**
 * In a real headless Chromium: a citizen checks a number in the web chat (CHƯA CÓ THÔNG TIN) and presses "Báo số
 * này"; a moderator signs in, finds it in the review queue, approves it with the trick; the same check in the chat
 * then answers ĐÃ BỊ BÁO CÁO with that trick. Screenshots to a temporary folder, or -Danm.screenshots=docs/console.
 */
class ScamCheckBrowserTests extends ConsoleContext {

    static ChromeDriver browser;
    static Path screenshots;

    @LocalServerPort
    int port;
    @Autowired
    ConsoleUsers users;

    @BeforeAll
    static void startBrowser() throws IOException {
        HeadlessChromium.requireOrSkip();
        browser = HeadlessChromium.start(1280, 900);
        screenshots = HeadlessChromium.screenshotFolder("anm-scam-shots-");
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void aModeratorApprovesAReportedNumberAndTheChatThenSaysItWasReported() throws IOException {
        String number = "0966" + String.format("%06d", System.nanoTime() % 1_000_000);
        String spaced = number.substring(0, 4) + " " + number.substring(4, 7) + " " + number.substring(7);
        String masked = number.substring(0, 3) + "****" + number.substring(7);

        say(spaced + " gọi cho tôi, có phải lừa đảo không");
        waitFor(b -> lastBot().contains("CHƯA CÓ THÔNG TIN"));
        assertThat(lastBot()).contains(masked).doesNotContain(number);
        shot("scam-01-chua-co-thong-tin");
        browser.findElements(By.cssSelector("#log .msg.bot .buttons button")).stream().filter(b -> b.getText().equals("Báo số này"))
                .reduce((a, b) -> b).orElseThrow().click();
        waitFor(b -> lastBot().contains("Cảm ơn bạn đã báo"));

        users.ensure("scam-moderator", Role.MODERATOR);
        open("/console/login");
        browser.findElement(By.id("username")).sendKeys("scam-moderator");
        browser.findElement(By.id("password")).sendKeys(ConsoleUsers.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(b -> b.getCurrentUrl().matches(".*/console/?$"));
        browser.findElement(By.linkText("Kiểm tra lừa đảo")).click();
        waitFor(b -> b.getCurrentUrl().contains("/console/scam"));
        browser.findElement(By.id("queue-link")).click();
        waitFor(b -> b.getCurrentUrl().contains("/console/scam/queue"));
        WebElement report = browser.findElement(By.cssSelector("article[data-value='" + number + "']"));
        assertThat(report.getText()).contains("1 lượt báo", "Trang web");
        report.findElement(By.name("trick")).sendKeys("Giả nhân viên ngân hàng gọi đòi mã OTP");
        report.findElement(By.name("reason")).sendKeys("Đã xác minh với ngân hàng");
        shot("scam-02-hang-cho-xem-xet");
        report.findElement(By.cssSelector("button.approve")).click();
        waitFor(b -> !b.findElements(By.id("notice")).isEmpty());
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã đưa", masked);
        assertThat(browser.findElements(By.cssSelector("article[data-value='" + number + "']"))).isEmpty();

        open("/console/scam?list=BLOCK");
        WebElement row = browser.findElement(By.cssSelector("#items tr[data-value='" + number + "']"));
        assertThat(row.getText()).contains("Giả nhân viên ngân hàng gọi đòi mã OTP", "scam-moderator");
        shot("scam-03-danh-sach");

        say(number);
        waitFor(b -> lastBot().contains("ĐÃ BỊ BÁO CÁO"));
        assertThat(lastBot()).contains("Thủ đoạn: Giả nhân viên ngân hàng gọi đòi mã OTP", "1 lượt người dân báo").doesNotContain(number);
        shot("scam-04-da-bi-bao-cao");
    }

    private void say(String text) {
        open("/");
        waitFor(b -> !b.findElements(By.cssSelector("#log .msg.bot")).isEmpty() && b.findElement(By.id("send")).isEnabled());
        browser.findElement(By.id("message")).sendKeys(text);
        browser.findElement(By.id("send")).click();
    }

    private String lastBot() {
        var bots = browser.findElements(By.cssSelector("#log .msg.bot"));
        StringBuilder all = new StringBuilder();
        bots.forEach(b -> all.append(b.getText()).append('\n'));
        return all.toString();
    }

    private void waitFor(ExpectedCondition<Boolean> condition) {
        HeadlessChromium.await(browser, condition);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void shot(String name) throws IOException {
        Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
