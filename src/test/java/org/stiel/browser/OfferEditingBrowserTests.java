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

/**
 * A partner's staff member keeps their own offer current in a real browser: finds it on the list of offers to check,
 * adds a date with the "add a time" button (no JavaScript of ours involved), saves, and sees the change on the feed,
 * with axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfferEditingBrowserTests {

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
    void partnerStaffAddADateToTheirStaleOffer() {
        browser.logIn("partner@stiel.example", StielTest.DEMO_PASSWORD);

        browser.go("/offers/stale");
        browser.waitFor(By.cssSelector("h1"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Ouderavond slapen en wenen");
        browser.assertAccessible();

        browser.click(By.linkText("Ouderavond slapen en wenen"));
        browser.waitFor(By.cssSelector("a[href$='/edit']"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Klopt het nog?");
        browser.assertAccessible();

        browser.click(By.cssSelector("a[href$='/edit']"));
        browser.waitFor(By.id("schedules-1-dtstart"));
        browser.assertAccessible();
        browser.click(By.name("addSchedule"));
        browser.waitFor(By.id("schedules-2-dtstart"));
        // date and time inputs take typed text in the browser's own locale: set the values as a date picker would
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('schedules-2-dtstart').value = '2027-06-03';"
                + "document.getElementById('schedules-2-opensAt').value = '19:30';"
                + "document.getElementById('schedules-2-closesAt').value = '21:00';");
        browser.driver().findElement(By.id("schedules-2-description")).sendKeys("Tweede avond");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));

        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        String page = browser.driver().findElement(By.id("main")).getText();
        assertThat(page).contains("3 juni 2027").contains("19:30 - 21:00").doesNotContain("Klopt het nog?");
        browser.assertAccessible();

        browser.go("/feed");
        browser.waitForText(By.id("main"), "Ouderavond slapen en wenen");
        var newest = browser.driver().findElement(By.cssSelector(".feed-entry"));
        assertThat(newest.getText()).contains("wijzigde aanbod").contains("Momenten");
        browser.assertAccessible();

        browser.go("/offers");
        browser.assertAccessible();
    }
}
