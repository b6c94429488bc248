package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;

/**
 * The coordinator sets up a working group with members, records one of its decisions and finds it back by searching
 * the decision log, with axe-core on every page on the way (the agreements included).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GovernanceBrowserTests {

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
    void coordinatorCreatesAWorkingGroupRecordsADecisionAndFindsItBack() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String group = "Werkgroep Vorming " + suffix;
        String word = "voorleeskoffer" + suffix;
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);

        browser.go("/governance");
        browser.waitForText(By.id("main"), "Stuurgroep Huis van het Kind Scheldeveld");
        assertThat(browser.driver().findElement(By.id("main")).getText())
                .contains("Werkgroep Ontmoeting")
                .contains("Sociaal Huis Eikelaar"); // its agreement ends within 60 days
        browser.assertAccessible();

        // a form sent empty shows the error next to the field
        browser.click(By.linkText("Nieuwe groep"));
        browser.waitFor(By.id("name"));
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));
        browser.waitFor(By.id("name-error"));
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("aria-describedby"))
                .isEqualTo("name-error");
        browser.assertAccessible();

        browser.driver().findElement(By.id("name")).sendKeys(group);
        browser.driver()
                .findElement(By.id("mandate"))
                .sendKeys("Zoekt samen vorming voor medewerkers van alle partners.");
        new Select(browser.driver().findElement(By.id("chairId"))).selectByVisibleText("Elif Smet");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));
        browser.waitFor(By.id("member-history"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(group);
        browser.assertAccessible();

        for (String partner : new String[] {"Bibliotheek Eikelaar", "Cultuurcentrum De Oever"}) {
            new Select(browser.driver().findElement(By.id("partnerId"))).selectByVisibleText(partner);
            browser.click(By.cssSelector("#add-member-heading + form button[type=submit]"));
            browser.waitForText(By.id("current-members"), partner);
        }
        // one leaves: gone from the current members, kept in the history
        browser.click(By.xpath("//table[@id='current-members']//tr[contains(., 'Cultuurcentrum De Oever')]//button"));
        browser.waitForTextGone(By.id("current-members"), "Cultuurcentrum De Oever");
        assertThat(browser.driver().findElement(By.id("member-history")).getText())
                .contains("Cultuurcentrum De Oever")
                .contains("Bibliotheek Eikelaar");
        browser.assertAccessible();

        browser.click(By.linkText("Beslissing noteren"));
        browser.waitFor(By.id("title"));
        assertThat(new Select(browser.driver().findElement(By.id("bodyId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(group);
        browser.assertAccessible();
        browser.driver().findElement(By.id("title")).sendKeys("Elke partner krijgt een " + word);
        browser.driver().findElement(By.id("rationale")).sendKeys("Zo lezen meer ouders thuis voor.");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));
        browser.waitForText(By.tagName("h1"), word);
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains(group);
        browser.assertAccessible();

        // the log is searched while typing, through htmx
        browser.go("/governance/decisions");
        browser.waitFor(By.id("q"));
        browser.assertAccessible();
        browser.driver().findElement(By.id("q")).sendKeys(word);
        browser.waitForText(By.id("decision-results"), "1 beslissing gevonden");
        assertThat(browser.driver().findElement(By.id("decision-results")).getText())
                .contains("Elke partner krijgt een " + word)
                .contains(group);
        assertThat(browser.driver().getCurrentUrl()).contains("q=" + word);
        browser.assertAccessible();

        browser.go("/governance/agreements");
        browser.waitForText(By.id("main"), "Consultatiebureau Eikelaar");
        browser.assertAccessible();
        browser.click(By.xpath("//tr[contains(., 'Consultatiebureau Eikelaar')]//a"));
        browser.waitFor(By.id("file"));
        browser.assertAccessible();
        browser.go("/governance/agreements/new");
        browser.waitFor(By.id("partnerCommits"));
        browser.assertAccessible();
    }
}
