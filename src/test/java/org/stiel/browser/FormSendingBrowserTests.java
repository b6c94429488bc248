package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;
import org.stiel.TestNetworks;

/**
 * A double click on a form's button in a real browser creates one offer: the button is disabled while the form is
 * sending (stiel.js), and the form's one-time token lets the server run it once either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormSendingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void aDoubleClickOnSaveCreatesOneOffer() {
        String name = TestNetworks.unique("Dubbelklik in de browser");
        browser.logIn("partner@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/offers/new");
        browser.waitFor(By.id("name"));
        browser.driver().findElement(By.id("name")).sendKeys(name);
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('kind').selectedIndex = 1;"
                        + "document.getElementById('pillar').selectedIndex = 1;"
                        + "document.querySelector('input[name=audiences]').checked = true;"
                        + "document.querySelector('input[name=lifeDomains]').checked = true;");
        var save = browser.driver().findElement(By.cssSelector("button.btn-primary[type=submit]"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);

        new Actions(browser.driver()).doubleClick(save).perform();

        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains(name);
        assertThat(jdbc.sql("select count(*) from offer where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
