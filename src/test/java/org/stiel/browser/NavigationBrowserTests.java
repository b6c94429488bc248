package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;

/**
 * The coordinator's menu, the longest, on the narrowest desktop (1024 × 768) in Dutch: every top-level entry and the
 * person's menu in one row inside the window with room left for more, the groups opened and walked by keyboard,
 * "Afmelden" reachable, the group of the page shown marked, axe-core clean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NavigationBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(port);
        browser.resizeViewport(1024, 768);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theCoordinatorsMenuFitsAt1024PixelsInDutchAndWorksByKeyboard() {
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        assertThat(width()).isEqualTo(1024);
        browser.assertAccessible();

        List<WebElement> top =
                browser.driver().findElements(By.cssSelector("#main-nav > ul.navbar-nav > li > .nav-link"));
        var person = browser.driver().findElement(By.id("nav-person"));
        assertThat(top).hasSize(6).last().isEqualTo(person);
        assertThat(top.subList(0, 5))
                .extracting(WebElement::getText)
                .containsExactly("Netwerk", "Aanbod", "Doorverwijzingen", "Samenwerken", "Inzicht");
        assertThat(person.getText()).contains("Scheldeveld");
        int row = top.getFirst().getRect().getY();
        for (WebElement entry : top) {
            var box = entry.getRect();
            assertThat(entry.isDisplayed()).as(entry.getText()).isTrue();
            assertThat(box.getX())
                    .as("%s starts inside the window", entry.getText())
                    .isGreaterThanOrEqualTo(0);
            assertThat(box.getX() + box.getWidth())
                    .as("%s ends inside the window", entry.getText())
                    .isLessThanOrEqualTo(1024);
            assertThat(box.getY())
                    .as("%s on the menu's one row", entry.getText())
                    .isEqualTo(row);
        }
        // room for the coming modules: they join the groups, and one more group as wide as "Samenwerken" still fits
        var lastGroup = top.get(4).getRect();
        var together = top.get(3).getRect();
        assertThat(person.getRect().getX() - (lastGroup.getX() + lastGroup.getWidth()))
                .isGreaterThan(together.getWidth());

        // a group opens with the keyboard, the arrow keys walk it, Escape closes it
        var network = browser.driver().findElement(By.id("nav-network"));
        focus(network);
        network.sendKeys(Keys.ENTER);
        waitVisible(By.cssSelector("[aria-labelledby=nav-network] a[href='/partners']"));
        assertThat(network.getAttribute("aria-expanded")).isEqualTo("true");
        active().sendKeys(Keys.ARROW_DOWN);
        assertThat(active().getText()).isEqualTo("Partners");
        active().sendKeys(Keys.ARROW_DOWN);
        assertThat(active().getText()).isEqualTo("Dekking");
        browser.assertAccessible();
        active().sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.attributeToBe(network, "aria-expanded", "false"));

        // the person's menu, by keyboard too: "Afmelden" shows inside the window
        focus(person);
        person.sendKeys(Keys.ENTER);
        var logout = waitVisible(By.cssSelector("form[action$='/logout'] button"));
        assertThat(logout.getText()).isEqualTo("Afmelden");
        var box = logout.getRect();
        assertThat(box.getX()).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).isLessThanOrEqualTo(1024);
        assertThat(box.getY() + box.getHeight()).isLessThanOrEqualTo(768);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[aria-labelledby=nav-person]"))
                        .getText())
                .contains("Mijn account")
                .contains("English");
        browser.assertAccessible();
        person.sendKeys(Keys.ESCAPE);

        // the group of the page shown is marked, and so is the page in it
        browser.go("/meetings");
        browser.waitFor(By.id("main"));
        assertThat(browser.driver().findElement(By.id("nav-together")).getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("nav-network")).getAttribute("aria-current"))
                .isNull();
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[aria-labelledby=nav-together] a[href='/meetings']"))
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        browser.assertAccessible();

        browser.logOut();
        browser.waitFor(By.id("username"));
    }

    private long width() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"))
                .longValue();
    }

    private void focus(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", element);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private WebElement waitVisible(By locator) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
