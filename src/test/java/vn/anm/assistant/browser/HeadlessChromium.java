package vn.anm.assistant.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium} driven through Debian's {@code chromedriver}, headless, with a fresh profile in a
 * temporary folder. Selenium is given both paths so it never tries to download a browser or a driver (this
 * machine only reaches Maven Central, Debian and npm). Missing packages: the test fails under CI=true (.ci/run
 * installs them) and is skipped on a developer machine.
 */
public final class HeadlessChromium {

    private static final File BROWSER = new File(System.getenv().getOrDefault("ANM_TEST_CHROMIUM", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getenv().getOrDefault("ANM_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Call from {@code @BeforeAll}. */
    public static void requireOrSkip() {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            String why = "Chromium and its driver are needed at " + BROWSER + " and " + DRIVER
                    + "; install them with: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
    }

    /** Where a browser test keeps its screenshots: the folder -Danm.screenshots names, or a new temporary one. */
    public static Path screenshotFolder(String prefix) throws IOException {
        String wanted = System.getProperty("anm.screenshots", "");
        return Files.createDirectories(wanted.isBlank() ? Files.createTempDirectory(prefix) : Path.of(wanted));
    }

    /** Call from {@code @AfterAll}: quits the browser if one was started. */
    public static void quit(WebDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A new browser with a phone-or-laptop sized window; the caller quits it. */
    public static ChromeDriver start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("anm-chromium-");
            profile.toFile().deleteOnExit();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            // The flags this machine needs: no sandbox as root, and no background calls to Google's hosts,
            // which the closed network refuses.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=vi-VN",
                    "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120)); // a renderer starved on a loaded 2-core machine
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create a browser profile folder", e);
        }
    }

    /**
     * Clicks something that loads a page. On a loaded 2-core machine the renderer may not answer the click within the
     * driver's own timeout although the page then loads: the {@link #await} that follows each click decides.
     */
    public static void click(WebDriver browser, By target) {
        try {
            browser.findElement(target).click();
        } catch (TimeoutException e) {
            // the next await() polls for the page
        }
    }

    /**
     * Waits up to 60 s for {@code condition}; a renderer busy on a loaded machine answers a lookup with its own short
     * timeout, so polling goes on. On failure the error names the page and its first 2,000 characters of text.
     */
    public static void await(WebDriver browser, ExpectedCondition<?> condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(TimeoutException.class)
                    .ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            String page = browser.findElements(By.tagName("body")).isEmpty() ? browser.getPageSource()
                    : browser.findElement(By.tagName("body")).getText();
            throw new AssertionError("at " + browser.getCurrentUrl() + ": " + page.substring(0, Math.min(page.length(), 2000)), e);
        }
    }
}
