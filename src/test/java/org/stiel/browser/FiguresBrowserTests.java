package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;
import org.stiel.network.InventedPlace;
import org.stiel.network.Places;

/**
 * The coordinator enters a context figure in a real browser (a typo first, shown next to its field), finds it in the
 * table and follows the municipality to its trend line; axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FiguresBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Places places;

    Browser browser;

    @BeforeEach
    void open() {
        // the demo's Hazelbeke under its invented code, where the demo has not given it one
        if (places.find("99005").isEmpty()) {
            places.defineInvented(new InventedPlace("99005", "Hazelbeke", List.of()));
        }
        jdbc.sql("""
                        update municipality set nis_code = '99005' where name = 'Hazelbeke' and nis_code is null
                          and network_id = (select id from network where slug = 'scheldeveld')
                        """).update();
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void coordinatorEntersAFigureAndFollowsItsTrend() {
        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/insight/figures/indicators");
        browser.waitFor(By.tagName("table"));
        browser.assertAccessible();

        browser.go("/insight/figures/new");
        browser.waitFor(By.id("value"));
        browser.assertAccessible();
        new Select(browser.driver().findElement(By.id("indicator"))).selectByValue("CHILDREN_0_2");
        new Select(browser.driver().findElement(By.id("nisCode"))).selectByVisibleText("Hazelbeke");
        browser.driver().findElement(By.id("year")).sendKeys("2019");
        browser.driver().findElement(By.id("value")).sendKeys("veel");
        browser.driver().findElement(By.id("source")).sendKeys("Eigen telling");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));

        browser.waitFor(By.id("value-error"));
        assertThat(browser.driver().findElement(By.id("value-error")).getText()).contains("Geef een getal");
        browser.assertAccessible();
        var value = browser.driver().findElement(By.id("value"));
        value.clear();
        value.sendKeys("371");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));

        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        assertThat(browser.driver().findElement(By.tagName("table")).getText())
                .contains("2019")
                .contains("371");
        browser.assertAccessible();

        browser.click(By.linkText("Hazelbeke"));
        browser.waitFor(By.cssSelector("svg[role=img]"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("371");
        browser.assertAccessible();
    }
}
