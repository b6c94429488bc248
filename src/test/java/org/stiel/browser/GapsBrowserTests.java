package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.insight.GapFixture;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.offer.Offers;
import org.stiel.partners.Partners;

/**
 * A coordinator reads the ranked gaps with the map and the heat map, opens a gap and turns it into a challenge in the
 * plan, with axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GapsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Places places;

    @Autowired
    Offers offers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

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
    void aCoordinatorTurnsAGapIntoAChallenge() {
        var people = new TestNetworks(networks, accounts, partners);
        var fixture = new GapFixture(networks, people, places, partners, offers, jdbc, clock);
        var coordinator = people.member(fixture.network, NetworkRole.COORDINATOR);
        browser.logIn(coordinator.email(), TestNetworks.PASSWORD);

        browser.go("/insight/gaps?domain=PARENTING_SUPPORT&band=TODDLERS");
        browser.waitFor(By.id("gaps-list"));
        var main = browser.driver().findElement(By.id("main"));
        assertThat(main.getText())
                .contains("Zelzate: 400 kinderen 0–2 jaar, kansarmoede 20 %, geen opvoedingsondersteuning binnen 5 km");
        assertThat(main.findElements(By.cssSelector("svg.gap-map"))).hasSize(1);
        assertThat(main.findElements(By.cssSelector("svg.gap-heat-map"))).hasSize(1);
        browser.assertAccessible();

        browser.click(By.partialLinkText("Zelzate: 400 kinderen"));
        browser.waitFor(By.id("gap-challenge"));
        browser.assertAccessible();
        browser.click(By.cssSelector("form[action$='/challenge'] button"));
        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        browser.assertAccessible();

        browser.click(By.linkText("Bekijk de uitdaging in het plan"));
        browser.waitForText(By.id("main"), "Opvoedingsondersteuning voor 0–2 jaar in Zelzate");
        assertThat(browser.driver().findElement(By.id("main")).getText())
                .contains("/insight/gaps/43018/PARENTING_SUPPORT/TODDLERS");
        browser.assertAccessible();
    }
}
