package vn.anm.assistant.moderation;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.anm.assistant.browser.HeadlessChromium;
import vn.anm.assistant.moderation.security.Role;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.TestDrafts;

/**
 * The officers' desk in headless Chromium: an officer signs in, filters the queue by commune, opens a report (the
 * view appears in the report's own audit trail), moves it to "đang xử lý" with a note, and exports the filtered list.
 * Screenshots to a temporary folder, or -Danm.screenshots=docs/console.
 */
class DeskBrowserTests extends ConsoleContext {

    static final String COMMUNE = "Xã Trình Duyệt";
    static ChromeDriver browser;
    static Path screenshots;
    static String reference;
    static String elsewhere;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser(@Autowired ConsoleUsers users, @Autowired ReportIntake intake) throws IOException {
        HeadlessChromium.requireOrSkip();
        users.ensure("browser-officer", Role.OFFICER);
        users.ensure("browser-moderator-alerts", Role.MODERATOR);
        reference = intake.submit(TestDrafts.complete(new Reporter("ZALO", "browser-desk-1")).change(a -> a.commune = COMMUNE)).block().reference().value();
        elsewhere = intake.submit(TestDrafts.complete(new Reporter("WEB", "browser-desk-2")).change(a -> a.commune = "Phường Nơi Khác")).block()
                .reference().value();
        browser = HeadlessChromium.start(1280, 900);
        screenshots = HeadlessChromium.screenshotFolder("anm-desk-shots-");
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void anOfficerFiltersOpensAReportChangesItsStatusAndExports() throws Exception {
        open("/console/login");
        browser.findElement(By.id("username")).sendKeys("browser-officer");
        browser.findElement(By.id("password")).sendKeys(ConsoleUsers.PASSWORD);
        click(By.id("sign-in"));
        wait(ExpectedConditions.urlMatches(".*/console$"));

        click(By.linkText("Báo cáo sự cố"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
        new Select(browser.findElement(By.id("commune"))).selectByVisibleText(COMMUNE);
        click(By.id("apply-filters"));
        wait(ExpectedConditions.urlContains("commune="));
        assertThat(text("#queue")).contains(reference).doesNotContain(elsewhere).doesNotContain(TestDrafts.CALLBACK_PHONE);
        assertThat(text("#counts a:first-child strong")).isEqualTo("1");
        assertThat(text("#counts a[data-status=NEW] strong")).isEqualTo("1");
        assertThat(text("#counts a[data-status=CLOSED] strong")).isEqualTo("0");
        shot("10-ban-tiep-nhan");

        click(By.linkText(reference));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("content")));
        assertThat(text("#callback-phone")).isEqualTo(TestDrafts.CALLBACK_PHONE);
        assertThat(text("#trail")).contains("browser-officer").contains("Xem báo cáo (dữ liệu cá nhân)");

        new Select(browser.findElement(By.id("new-status"))).selectByVisibleText("đang xử lý");
        browser.findElement(By.id("note")).sendKeys("Đã gọi lại, hẹn lên trụ sở Công an xã");
        click(By.id("change-status"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text("#case-status")).isEqualTo("đang xử lý");
        assertThat(text("#history")).contains("Đã gọi lại, hẹn lên trụ sở Công an xã").contains("Người thử browser-officer");
        assertThat(text("#trail")).contains("Đổi trạng thái báo cáo");
        shot("11-bao-cao-chi-tiet");

        open("/console/reports?commune=" + java.net.URLEncoder.encode(COMMUNE, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text("#queue .case-status")).isEqualTo("đang xử lý");
        String href = browser.findElement(By.id("export-csv")).getAttribute("href");
        // the download, fetched by the page itself with the officer's session
        Object csv = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done, function (e) { done('ERR ' + e); });", href);
        assertThat(String.valueOf(csv)).contains(reference).contains("đang xử lý").doesNotContain(elsewhere).doesNotContain(TestDrafts.CALLBACK_PHONE);
    }

    @Test
    void aModeratorPublishesAnAlertAndTheWebChatShowsItAsText(@Autowired vn.anm.assistant.alert.LocalAlerts alerts) throws Exception {
        browser.manage().deleteAllCookies();
        open("/console/login");
        browser.findElement(By.id("username")).sendKeys("browser-moderator-alerts");
        browser.findElement(By.id("password")).sendKeys(ConsoleUsers.PASSWORD);
        click(By.id("sign-in"));
        wait(ExpectedConditions.urlMatches(".*/console$"));
        click(By.linkText("Cảnh báo"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("alert-form")));
        String title = "Tin nhắn giả danh Điện lực Lạng Sơn";
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("text")).sendKeys("Kẻ gian nhắn tin báo <b>cắt điện</b> và gửi đường link đòi thanh toán. "
                + "Không bấm link, không chuyển tiền; gọi tổng đài điện lực in trên hóa đơn.");
        shot("12-dang-canh-bao");
        click(By.id("publish-alert"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text("#alerts")).contains(title).contains("đang hiện");

        try {
            browser.manage().deleteAllCookies();
            open("/");
            wait(b -> b.findElements(By.cssSelector("#log .msg.bot button")).stream().anyMatch(x -> x.getText().equals("Cảnh báo mới")));
            browser.findElements(By.cssSelector("#log .msg.bot button")).stream().filter(x -> x.getText().equals("Cảnh báo mới"))
                    .findFirst().orElseThrow().click();
            wait(b -> b.findElements(By.cssSelector("#log .msg.bot")).stream().anyMatch(m -> m.getText().contains("CẢNH BÁO: " + title)));
            String shown = browser.findElements(By.cssSelector("#log .msg.bot")).stream().map(m -> m.getText())
                    .filter(t -> t.contains("CẢNH BÁO: " + title)).findFirst().orElseThrow();
            assertThat(shown).contains("<b>cắt điện</b>"); // markup shown as typed, not run
            assertThat(browser.findElements(By.cssSelector("#log b"))).isEmpty();
            shot("13-canh-bao-trong-khung-tro-chuyen");
        } finally {
            alerts.all(20).filter(a -> a.title().equals(title)).flatMap(a -> alerts.withdraw(a.id(), "tests")).blockLast();
        }
    }

    @Test
    void theDashboardCountsAScriptedDayOfConversations(@Autowired vn.anm.assistant.stats.ConversationCounts counts) throws Exception {
        counts.flush().block();
        browser.manage().deleteAllCookies();
        open("/console/login");
        browser.findElement(By.id("username")).sendKeys("browser-officer");
        browser.findElement(By.id("password")).sendKeys(ConsoleUsers.PASSWORD);
        click(By.id("sign-in"));
        wait(ExpectedConditions.urlMatches(".*/console$"));
        click(By.linkText("Thống kê"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("totals")));
        java.util.Map<String, Long> before = figures();

        // a scripted day: three citizens on the web chat
        java.util.List<String> decisions = new java.util.ArrayList<>();
        String otp = "có người gọi hỏi mã otp ngân hàng gửi về thì đọc cho họ được không";
        WebChat first = new WebChat(port);
        decisions.add(first.say("xin chào"));
        decisions.add(first.say(otp));
        decisions.add(first.press("feedback:up:ma-otp"));
        decisions.add(first.say("lịch chiếu phim tối nay ở rạp nào"));
        decisions.add(first.say("Tôi vừa chuyển 30 triệu cho kẻ lừa đảo, giờ phải làm gì?"));
        WebChat second = new WebChat(port);
        decisions.add(second.say("xin chào"));
        decisions.add(second.say(otp));
        decisions.add(new WebChat(port).say("xin chào"));
        assertThat(decisions).containsExactly("MENU", "ANSWER", "FEEDBACK", "FALLBACK", "URGENT", "MENU", "ANSWER", "MENU");
        counts.flush().block();

        browser.navigate().refresh();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("totals")));
        java.util.Map<String, Long> after = figures();
        assertThat(after.get("messages") - before.get("messages")).isEqualTo(8);
        assertThat(after.get("answer") - before.get("answer")).isEqualTo(2);
        assertThat(after.get("unanswered") - before.get("unanswered")).isEqualTo(1);
        assertThat(after.get("urgent") - before.get("urgent")).isEqualTo(1);
        assertThat(after.get("otp") - before.get("otp")).isEqualTo(2);
        assertThat(after.get("otpUp") - before.get("otpUp")).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("#chart-channels canvas"))).as("the chart is drawn").isNotEmpty();
        shot("14-thong-ke");

        Object csv = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); }).then(done, function (e) { done('ERR ' + e); });",
                browser.findElement(By.id("export-csv")).getAttribute("href"));
        assertThat(String.valueOf(csv)).contains("ngay,kenh,quyet_dinh,chu_de,so_tin").contains(",WEB,ANSWER,ma-otp,").contains(",WEB,URGENT,,");
    }

    /** The dashboard's totals and the OTP topic's line, as shown. */
    private java.util.Map<String, Long> figures() {
        java.util.Map<String, Long> f = new java.util.HashMap<>();
        f.put("messages", Long.parseLong(text("#total-messages")));
        f.put("answer", Long.parseLong(text("#total-answer")));
        f.put("unanswered", Long.parseLong(text("#total-unanswered")));
        f.put("urgent", Long.parseLong(text("#total-urgent")));
        var otp = browser.findElements(By.cssSelector("#topics tr[data-topic=ma-otp] td"));
        f.put("otp", otp.isEmpty() ? 0 : Long.parseLong(otp.get(1).getText()));
        f.put("otpUp", otp.isEmpty() ? 0 : Long.parseLong(otp.get(2).getText()));
        return f;
    }

    /** A citizen on the web chat: its own session cookie, over real HTTP. */
    static final class WebChat {

        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        private final int port;

        WebChat(int port) {
            this.port = port;
        }

        String say(String text) throws Exception {
            return send("{\"text\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}");
        }

        String press(String payload) throws Exception {
            return send("{\"payload\": \"" + payload + "\"}");
        }

        private String send(String body) throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/chat"))
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return String.valueOf(tools.jackson.databind.json.JsonMapper.builder().build().readValue(response.body(), java.util.Map.class).get("decision"));
        }
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
}
