package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;

/**
 * A coordinator plans a rotating series in a real browser: six meetings over four partners in three municipalities
 * (none of them hosted before), reads a fair proposal with its reasons, swaps two dates, confirms, and opens a
 * meeting and the hosting history, with axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingsBrowserTests {

    static final List<String> PARTNERS = List.of(
            "Sociaal Huis Eikelaar",
            "Werkwinkel Eikelaar",
            "Vrijwilligerspunt Scheldeveld",
            "Sportclub Kapelbroek Beweegt");

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
    void coordinatorPlansAFairRotatingSeriesAndConfirmsIt() {
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/meetings");
        browser.waitFor(By.cssSelector("h1"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Netwerkoverleg Scheldeveld");
        browser.assertAccessible();

        browser.click(By.linkText("Nieuwe reeks die rouleert"));
        browser.waitFor(By.id("name"));
        browser.assertAccessible();
        browser.driver().findElement(By.id("name")).sendKeys("Netwerkoverleg op verplaatsing");
        var count = browser.driver().findElement(By.id("count"));
        count.clear();
        count.sendKeys("6");
        for (String partner : PARTNERS) {
            browser.click(By.xpath("//label[starts-with(normalize-space(), '" + partner + " (')]"));
        }
        browser.click(By.cssSelector("form button.btn-primary[type=submit]"));

        browser.waitFor(By.id("proposal"));
        browser.assertAccessible();
        List<String> hosts = texts(".proposal-slot .slot-host");
        List<String> places = texts(".proposal-slot .slot-municipality");
        assertThat(hosts).hasSize(6);
        // nobody hosts twice before all four hosted once, and the fifth and sixth go to two different partners
        assertThat(Set.copyOf(hosts.subList(0, 4))).containsExactlyInAnyOrderElementsOf(PARTNERS);
        assertThat(hosts.get(4)).isNotEqualTo(hosts.get(5));
        assertThat(Set.copyOf(places)).containsExactlyInAnyOrder("Eikelaar", "Wilgendonk", "Dorenhout");
        for (int i = 1; i < places.size(); i++) {
            assertThat(places.get(i)).as("meeting %d moves on", i + 1).isNotEqualTo(places.get(i - 1));
        }
        // the proposal explains itself
        var explanations = texts(".proposal-slot .slot-explanation");
        assertThat(explanations.get(0)).contains(hosts.get(0) + " ontving 0 keer, nog nooit eerder.");
        assertThat(explanations.get(4)).contains(hosts.get(4) + " ontving 1 keer, het laatst op");

        // swap the first two dates
        new Select(browser.driver().findElement(By.id("swap-first"))).selectByValue("0");
        new Select(browser.driver().findElement(By.id("swap-second"))).selectByValue("1");
        browser.click(By.cssSelector("form[action$='/swap'] button[type=submit]"));
        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        List<String> swapped = texts(".proposal-slot .slot-host");
        assertThat(swapped.subList(0, 2)).containsExactly(hosts.get(1), hosts.get(0));
        browser.assertAccessible();

        browser.click(By.id("confirm"));
        browser.waitFor(By.id("series-meetings"));
        assertThat(browser.driver().findElements(By.cssSelector("#series-meetings tbody tr")))
                .hasSize(6);
        assertThat(browser.driver().findElement(By.id("series-meetings")).getText())
                .contains(swapped.get(0));
        browser.assertAccessible();

        browser.click(By.cssSelector("#series-meetings tbody tr:first-child a"));
        browser.waitFor(By.id("agenda-heading"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains(swapped.get(0));
        browser.assertAccessible();

        browser.go("/meetings/hosting");
        browser.waitFor(By.id("hosting-partners"));
        assertThat(browser.driver().findElement(By.id("hosting-partners")).getText())
                .contains(PARTNERS.get(0));
        browser.assertAccessible();

        browser.go("/meetings/hosts");
        browser.waitFor(By.cssSelector("h1"));
        browser.assertAccessible();
        browser.click(By.linkText("Sociaal Huis Eikelaar"));
        browser.waitFor(By.id("venues-heading"));
        browser.assertAccessible();

        browser.go("/meetings/new");
        browser.waitFor(By.id("title"));
        browser.assertAccessible();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
