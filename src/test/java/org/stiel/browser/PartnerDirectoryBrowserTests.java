package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;

/**
 * A coordinator's day in a real browser: log in, search the partner list, open a partner, edit it and see the
 * change on the feed, with axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnerDirectoryBrowserTests {

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
    void coordinatorSearchesOpensEditsAndSeesTheChangeOnTheFeed() {
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/");
        browser.assertAccessible();
        browser.go("/partners");
        browser.waitFor(By.id("q"));

        // typing filters the list through htmx, without a page load
        browser.driver().findElement(By.id("q")).sendKeys("speelvogel");
        browser.waitForTextGone(By.id("partner-results"), "Consultatiebureau Eikelaar");
        assertThat(browser.driver().findElement(By.id("partner-results")).getText())
                .contains("Kinderopvang De Speelvogel");
        assertThat(browser.driver().getCurrentUrl()).contains("q=speelvogel");
        browser.assertAccessible();

        browser.driver().findElement(By.linkText("Kinderopvang De Speelvogel")).click();
        browser.waitFor(By.cssSelector("h1"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Kinderopvang De Speelvogel");
        browser.assertAccessible();

        browser.driver().findElement(By.cssSelector("a[href$='/edit']")).click();
        var expertise = browser.driver().findElement(By.id("expertise"));
        browser.assertAccessible();
        expertise.sendKeys(Keys.END, " Ook ervaring met meertalige gezinnen.");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));

        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("meertalige gezinnen");
        browser.assertAccessible();

        browser.go("/feed");
        browser.waitForText(By.id("main"), "Kinderopvang De Speelvogel");
        var newest = browser.driver().findElement(By.cssSelector(".feed-entry"));
        assertThat(newest.getText()).contains("Kinderopvang De Speelvogel").contains("Expertise");
        browser.assertAccessible();

        browser.go("/partners/coverage");
        browser.assertAccessible();
    }
}
