package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;
import org.stiel.TestNetworks;

/**
 * The self-assessment in a real browser: the coordinator opens a round, a steering group member answers it and sees
 * the circle fill; axe-core on every page on the way, the demo's results, comparison and action list included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LifecycleBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aRoundIsOpenedAnsweredAndTheCircleChanges() {
        String title = TestNetworks.unique("Browserronde");
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/lifecycle");
        browser.waitFor(By.cssSelector("svg[role=img]"));
        browser.assertAccessible();
        browser.click(By.cssSelector("a[href$='/lifecycle/rounds/new']"));
        browser.waitFor(By.id("title"));
        browser.assertAccessible();
        browser.driver().findElement(By.id("title")).sendKeys(title);
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Sofie Raadsheer");
        browser.assertAccessible();
        String round = browser.driver().getCurrentUrl().replaceAll(".*/lifecycle/rounds/", "");

        browser.driver().manage().deleteAllCookies();
        browser.logIn("stuurgroep@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/lifecycle/rounds/" + round + "/results");
        browser.waitFor(By.cssSelector("svg[role=img]"));
        assertThat(browser.driver().findElements(By.cssSelector("svg .lifecycle-fill")))
                .isEmpty();
        browser.assertAccessible();

        browser.go("/lifecycle/rounds/" + round + "/answers");
        browser.waitFor(By.cssSelector("input[type=radio]"));
        browser.assertAccessible();
        // "in place" for every question: the first by clicking its label, the rest at once (dozens of clicks)
        var inPlace = browser.driver().findElements(By.cssSelector("input[type=radio][value=IN_PLACE]"));
        assertThat(inPlace).hasSizeGreaterThanOrEqualTo(30);
        browser.click(By.cssSelector("label[for='" + inPlace.getFirst().getDomAttribute("id") + "']"));
        assertThat(inPlace.getFirst().isSelected()).isTrue();
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelectorAll('input[type=radio][value=IN_PLACE]')"
                        + ".forEach(r => r.checked = true);");
        browser.driver().findElement(By.id("answers-0-note")).sendKeys("Trekker is aangesteld.");
        browser.click(By.cssSelector("button[name=submit]"));
        browser.waitForText(By.cssSelector("[role=status].alert-success"), "ingediend");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/lifecycle/rounds/" + round);
        browser.assertAccessible();

        browser.go("/lifecycle/rounds/" + round + "/results");
        browser.waitFor(By.cssSelector("svg[role=img]"));
        var fills = browser.driver().findElements(By.cssSelector("svg .lifecycle-fill"));
        assertThat(fills).hasSize(5);
        assertThat(fills)
                .allSatisfy(f -> assertThat(f.getDomAttribute("data-progress")).isEqualTo("1.0000"));
        assertThat(browser.driver().findElement(By.cssSelector("svg desc")).getDomProperty("textContent"))
                .contains("Opstart: 100%");
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("100%");
        browser.assertAccessible();
    }

    @Test
    void theDemoResultsComparisonQuestionsAndActionsAreAccessible() {
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/lifecycle");
        browser.waitFor(By.id("compare-from"));
        browser.click(By.cssSelector("#compare-heading ~ form button[type=submit]"));
        browser.waitFor(By.cssSelector("svg[role=img]"));
        assertThat(browser.driver().findElements(By.cssSelector("svg[role=img]")))
                .hasSize(2);
        browser.assertAccessible();

        browser.go("/lifecycle");
        browser.click(By.cssSelector("table a[href$='/results']"));
        browser.waitFor(By.id("open-heading"));
        browser.assertAccessible();
        browser.click(By.cssSelector("a[href$='/action']"));
        browser.waitFor(By.id("owner"));
        browser.assertAccessible();

        browser.go("/lifecycle/questions");
        browser.waitFor(By.id("own-heading"));
        browser.assertAccessible();
        browser.go("/actions");
        browser.waitFor(By.cssSelector("main table"));
        browser.assertAccessible();
        browser.go("/actions/new");
        browser.waitFor(By.id("owner"));
        browser.assertAccessible();
    }
}
