package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;
import org.stiel.accounts.Actor;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;

/**
 * A partner representative answers the temperature and collaboration survey in a real browser; the coordinator sees the
 * answer in the open round's results and reads a past demo round with its thermometer, network map and comparison.
 * axe-core runs on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CollaborationSurveyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Rounds rounds;

    @Autowired
    Networks networks;

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
    void aRepresentativeAnswersAndTheCoordinatorReadsTheMap() {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow().id();
        String title = "Browserronde " + System.nanoTime();
        // opened as the lifecycle pages would: the demo's partner staff member is invited
        var round = rounds.open(
                Actor.system(scheldeveld, "Test"),
                new RoundForm(title, LocalDate.now().plusDays(10)),
                LocalDate.now(),
                false);

        browser.logIn("partner@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/lifecycle/survey");
        browser.waitForText(By.id("survey-rounds"), title);
        browser.assertAccessible();
        browser.click(By.cssSelector("a[href$='/lifecycle/rounds/" + round + "/survey']"));
        browser.waitFor(By.id("temperature"));
        browser.assertAccessible();

        new Select(browser.driver().findElement(By.id("temperature"))).selectByValue("17");
        browser.driver().findElement(By.id("warmer")).sendKeys("Meer samen op stap met de gezinnen.");
        // the first group of partners is open: the first partner in it becomes a regular collaborator
        var frequency = browser.driver().findElement(By.cssSelector("details[open] select[id^='f-']"));
        new Select(frequency).selectByValue("REGULARLY");
        browser.click(By.cssSelector("label[for='PURPOSE_FAMILIES-5']"));
        browser.click(By.cssSelector("button[name=submit]"));
        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        assertThat(new Select(browser.driver().findElement(By.id("temperature")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("17");
        browser.assertAccessible();

        // the coordinator follows the open round: one temperature and one link so far
        browser.driver().manage().deleteAllCookies();
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/lifecycle/rounds/" + round + "/survey/results");
        // one temperature is counted, not shown: too few to stay anonymous
        browser.waitFor(By.id("thermometer-hidden"));
        assertThat(browser.driver().findElement(By.id("thermometer-hidden")).getText())
                .contains("Te weinig temperaturen om te tonen (1)");
        assertThat(browser.driver().getPageSource()).doesNotContain("17,0°");
        assertThat(browser.driver().findElements(By.cssSelector("svg.survey-map line")))
                .hasSize(1);
        browser.assertAccessible();

        // and reads the two past demo rounds side by side, with the map of the latest
        var past = rounds.rounds(scheldeveld).stream().filter(r -> !r.open()).toList();
        browser.go("/lifecycle/rounds/" + past.getFirst().id() + "/survey/results?compare="
                + past.get(1).id());
        browser.waitFor(By.id("comparison"));
        assertThat(browser.driver().findElements(By.cssSelector("svg.survey-map circle")))
                .hasSizeGreaterThan(30);
        assertThat(browser.driver().findElement(By.id("cooled-heading")).getText())
                .contains("Afgekoeld");
        browser.assertAccessible();
    }
}
