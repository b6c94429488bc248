package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;
import org.stiel.network.Networks;

/**
 * A new Huis van het Kind starts: the admin creates the network, picks its municipalities from the reference list
 * with the keyboard and the mouse, and names its coordinator; the invitation arrives
 * (in the development outbox), the coordinator joins and finds their way, with axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NewNetworkBrowserTests {

    private static final Pattern LINK = Pattern.compile("http\\S*/invitations/[A-Za-z0-9_-]+");

    @LocalServerPort
    int port;

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
    void adminCreatesANetworkAndItsCoordinatorJoins() {
        String slug = "browserdorp-" + System.nanoTime();
        String coordinator = slug + "@stiel.example";

        browser.logIn("admin@stiel.example", StielTest.DEMO_PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/networks");
        browser.assertAccessible();

        browser.click(By.cssSelector("a[href$='/admin/networks/new']"));
        browser.waitFor(By.id("name"));
        browser.assertAccessible();
        // first a mistake, to see the message next to the field
        browser.driver().findElement(By.id("name")).sendKeys("Huis van het Kind Browserdorp");
        browser.driver().findElement(By.id("slug")).sendKeys("Geen Geldige Naam");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));
        browser.waitFor(By.id("slug-error"));
        browser.assertAccessible();

        browser.driver().findElement(By.id("slug")).clear();
        browser.driver().findElement(By.id("slug")).sendKeys(slug);
        browser.driver().findElement(By.id("coordinatorEmail")).sendKeys(coordinator);
        // the municipalities come from the reference list: htmx shows the matches while typing
        browser.driver().findElement(By.id("place")).sendKeys("lieve");
        browser.waitFor(By.cssSelector("#place-matches button[name=add][value='44085']"));
        browser.assertAccessible();
        browser.click(By.cssSelector("#place-matches button[name=add][value='44085']"));
        browser.waitForText(By.id("chosen-places"), "Lievegem");
        assertThat(browser.driver().findElement(By.id("chosen-places")).getText())
                .contains("NIS 44085")
                .contains("Oost-Vlaanderen");
        // Enter in the search field searches (and does not save), so the keyboard alone will do
        var place = browser.driver().findElement(By.id("place"));
        place.clear();
        place.sendKeys("9000", Keys.ENTER);
        browser.waitFor(By.cssSelector("#place-matches button[name=add][value='44021']"));
        browser.click(By.cssSelector("#place-matches button[name=add][value='44021']"));
        browser.waitForText(By.id("chosen-places"), "Gent");
        browser.assertAccessible();
        browser.click(By.cssSelector("#chosen-places button[name=remove][value='0']"));
        browser.waitForTextGone(By.id("chosen-places"), "Lievegem");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));
        browser.waitForText(By.id("main"), "Huis van het Kind Browserdorp");
        assertThat(networks.findBySlug(slug).orElseThrow().municipalities())
                .extracting(m -> m.nisCode())
                .containsExactly("44021");

        browser.go("/admin/outbox");
        browser.waitForText(By.id("main"), coordinator);
        browser.assertAccessible();
        var link = LINK.matcher(browser.driver().findElement(By.id("main")).getText());
        assertThat(link.find()).as("an invitation link in the outbox").isTrue();
        String invitation = link.group();

        browser.logOut();
        // the log-out must be done before the link is opened, or it may end the new visitor's session
        browser.waitFor(By.id("username"));
        browser.driver().get(invitation.replaceFirst("http://[^/]+", "http://localhost:" + port));
        browser.waitFor(By.id("displayName"));
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Huis van het Kind Browserdorp");
        browser.assertAccessible();
        browser.driver().findElement(By.id("displayName")).sendKeys("Noor Nieuwkomer");
        browser.driver().findElement(By.id("password")).sendKeys("een nieuw netwerk begint vandaag");
        browser.click(By.cssSelector("#main button[type=submit]"));

        browser.waitFor(By.id("username"));
        browser.assertAccessible();
        browser.logIn(coordinator, "een nieuw netwerk begint vandaag");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/");
        assertThat(browser.driver().findElement(By.tagName("header")).getText())
                .contains("Huis van het Kind Browserdorp");
        browser.assertAccessible();

        browser.go("/members");
        browser.waitForText(By.id("main"), "Noor Nieuwkomer");
        browser.assertAccessible();

        browser.go("/account");
        browser.driver().findElement(By.id("name")).sendKeys("Koppeling met de gemeente");
        browser.click(By.cssSelector("form[action$='/account/tokens'] button[type=submit]"));
        browser.waitFor(By.id("secret"));
        assertThat(browser.driver().findElement(By.id("secret")).getAttribute("value"))
                .startsWith("stiel_");
        browser.assertAccessible();
    }
}
