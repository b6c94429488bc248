package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A family without an account in a real browser: search with a typo, see the results change through htmx, open an
 * offer, look at the calendar, with axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FamilySearchBrowserTests {

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
    void aFamilySearchesWithATypoOpensAnOfferAndLooksAtTheCalendar() {
        browser.go("/aanbod");
        browser.waitFor(By.id("q"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wat is er voor jouw gezin?");
        assertThat(browser.driver().findElement(By.cssSelector("header")).getText())
                .contains("Aanmelden voor professionals");
        browser.assertAccessible();

        // typing searches through htmx, without a page load; the typo does not matter
        browser.driver().findElement(By.id("q")).sendKeys("babymasage");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("q=babymasage"));
        browser.waitForText(By.id("offer-results"), "Babymassage");
        assertThat(browser.driver().findElements(By.cssSelector("#offer-results h2")))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.getText()).containsIgnoringCase("massage"));
        assertThat(browser.driver().findElement(By.id("offer-count")).getText()).contains("gevonden");
        browser.assertAccessible();

        browser.driver().findElement(By.linkText("Babymassage")).click();
        browser.waitForText(By.tagName("h1"), "Babymassage");
        assertThat(browser.driver().findElement(By.id("main")).getText())
                .contains("Wanneer?")
                .contains("Waar?")
                .contains("Zet in mijn agenda");
        browser.assertAccessible();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        browser.go("/aanbod/kalender?network=scheldeveld&date=" + today);
        browser.waitFor(By.cssSelector("h1"));
        browser.assertAccessible();
        browser.go("/aanbod/kalender?network=scheldeveld&view=month&date=" + today);
        browser.waitFor(By.cssSelector("h1"));
        browser.assertAccessible();
    }
}
