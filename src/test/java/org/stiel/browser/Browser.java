package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its chromedriver, never a downloaded browser. On a developer machine without
 * Chromium the browser tests are skipped with a message; in CI ({@code CI=true}) a missing browser fails them.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    installed, "Browser tests need Debian's chromium and chromium-driver (apt-get install ...)");
        }
        assertThat(installed)
                .as("chromium and chromedriver installed (.ci/run installs them)")
                .isTrue();

        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=nl-BE");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public void logIn(String email, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        // the login page has a #main too: wait until the browser has left it
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor(By.id("main"));
    }

    /** Logs out as a person does: through the person's menu, then "Afmelden". */
    public void logOut() {
        click(By.id("nav-person"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/logout'] button")));
        click(By.cssSelector("form[action$='/logout'] button"));
    }

    /** Sets the window's inner size, e.g. 1024 × 768 for the narrowest desktop the navigation must fit. */
    public void resizeViewport(int width, int height) {
        var js = (JavascriptExecutor) driver;
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        // the window's frame takes some of the outer size: grow it by the difference
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight;")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension((int) (2L * width - innerWidth), (int)
                (2L * height - innerHeight)));
    }

    public void waitFor(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(whileReplaced(ExpectedConditions.textToBePresentInElementLocated(locator, text)));
    }

    /**
     * Clicks like a person: the element scrolled into the middle of the window first (instantly: Bootstrap's smooth
     * scrolling would still be moving when the click lands). On failure a screenshot goes to target/.
     */
    public void click(By locator) {
        var element = driver.findElement(locator);
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (RuntimeException e) {
            screenshot("click-failure");
            throw e;
        }
    }

    /** Saves what the browser shows to target/NAME.png, for looking at a failure. */
    public void screenshot(String name) {
        try {
            Files.write(Path.of("target", name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the element's text no longer contains the given text (e.g. a list filtered by htmx). */
    public void waitForTextGone(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(whileReplaced(
                        ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(locator, text))));
    }

    /**
     * The condition asked again when htmx swapped the element out between finding it and reading it. Selenium's
     * conditions catch a stale element, but Chromium (156) may report that moment as a plain error, "Node with given
     * id does not belong to the document".
     */
    private static ExpectedCondition<Boolean> whileReplaced(ExpectedCondition<Boolean> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        };
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    public void assertAccessible() {
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe)
                .as(
                        "axe-core violations on %s: %s",
                        driver.getCurrentUrl(),
                        severe.stream()
                                .map(rule -> rule.getId() + " "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
