package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;

/**
 * The closed loop in a real browser: a partner sends a referral with the family's consent to one service of another
 * partner (the service list narrows to that partner by htmx), the receiving partner filters its inbox by that service,
 * accepts and closes it, the sender sees the outcome; the coordinator sees it counted without a name. axe-core on
 * every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReferralsBrowserTests {

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
    void sendAcceptCloseAndSeeTheOutcome() {
        String family = "Browsergezin" + System.nanoTime();
        String email = family.toLowerCase(java.util.Locale.ROOT) + "@example.org";
        var driver = browser.driver();

        browser.logIn("partner@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/referrals");
        browser.waitFor(By.cssSelector("h1"));
        browser.assertAccessible();
        browser.go("/referrals/sent");
        browser.assertAccessible();

        browser.go("/referrals/new");
        browser.waitFor(By.id("recipientPartnerId"));
        browser.assertAccessible();
        assertThat(driver.findElements(By.cssSelector("#offerId optgroup"))).hasSizeGreaterThan(1);
        new Select(driver.findElement(By.id("recipientPartnerId"))).selectByVisibleText("Consultatiebureau Eikelaar");
        // htmx replaces the service field by the chosen partner's services alone
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#offerId optgroup")).size() == 1);
        new Select(driver.findElement(By.id("offerId"))).selectByVisibleText(SERVICE);
        browser.assertAccessible();
        driver.findElement(By.id("contactName")).sendKeys(family);
        driver.findElement(By.id("contactPhone")).sendKeys("0470 99 88 77");
        driver.findElement(By.id("contactEmail")).sendKeys(email);
        new Select(driver.findElement(By.id("lifeDomain"))).selectByValue("HEALTH");
        driver.findElement(By.id("need")).sendKeys("Vragen over de groei van de baby.");
        driver.findElement(By.id("childrenAges")).sendKeys("4 maanden");
        browser.click(By.id("consentTextVersion"));
        driver.findElement(By.id("consentGivenBy")).sendKeys("Mama");
        new Select(driver.findElement(By.id("consentMethod"))).selectByValue("VERBAL");
        driver.findElement(By.id("consentPurpose")).sendKeys("Afspraak op het consultatiebureau");
        browser.click(By.id("send"));

        assertThat(driver.findElements(By.cssSelector(".is-invalid")))
                .as("fields with errors")
                .extracting(e -> e.getAttribute("id") + "=" + e.getAttribute("value"))
                .isEmpty();
        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        String referral = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Verstuurd");
        assertThat(driver.findElement(By.id("family")).getText()).contains(family);
        assertThat(driver.findElement(By.id("referral-service")).getText()).isEqualTo(SERVICE);
        browser.assertAccessible();

        switchTo("partner2@stiel.example");
        browser.go("/referrals");
        browser.waitFor(By.cssSelector("h1"));
        assertThat(driver.findElement(By.id("main")).getText())
                .contains("Kinderdagverblijf Het Wilgenkatje")
                .doesNotContain(family);
        browser.assertAccessible();
        // the inbox per service: the filter submits itself on change
        new Select(driver.findElement(By.id("service")))
                .selectByVisibleText(SERVICE + " (" + serviceCount(driver) + ")");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("service="));
        browser.waitFor(By.cssSelector(".referral-line"));
        assertThat(driver.findElements(By.cssSelector(".referral-service")))
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo(SERVICE));
        browser.assertAccessible();
        driver.get(referral);
        browser.waitFor(By.id("family"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Geopend");
        browser.assertAccessible();
        browser.click(By.id("action-ACCEPT"));
        browser.waitForText(By.id("status"), "Aanvaard");
        browser.assertAccessible();
        browser.click(By.id("action-START_CONTACT"));
        browser.waitForText(By.id("status"), "In contact");
        new Select(driver.findElement(By.id("outcomeSelect"))).selectByValue("GOT_HELP");
        driver.findElement(By.id("closeNote")).sendKeys("Eerste afspraak is gemaakt.");
        browser.click(By.id("action-CLOSE"));
        browser.waitForText(By.id("status"), "Afgesloten");
        browser.assertAccessible();

        switchTo("partner@stiel.example");
        driver.get(referral);
        browser.waitFor(By.id("outcome"));
        assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("Gezin kreeg hulp");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Eerste afspraak is gemaakt.");
        browser.click(By.linkText("Wie zag de gegevens van dit gezin?"));
        browser.waitFor(By.id("access-log"));
        assertThat(driver.findElement(By.id("access-log")).getText())
                .contains("Paula Eikenloof")
                .contains("Pieter Wilgenhof");
        browser.assertAccessible();
        browser.go("/referrals/subject-access");
        browser.waitFor(By.id("q"));
        assertThat(driver.findElement(By.cssSelector("label[for=q]")).getText())
                .isEqualTo("Telefoon of e-mail van de contactpersoon");
        // the family is found by the e-mail address recorded on the referral, whatever its case
        driver.findElement(By.id("q")).sendKeys(email.toUpperCase(java.util.Locale.ROOT));
        browser.click(By.cssSelector("form[action$='/referrals/subject-access'] button[type=submit]"));
        browser.waitFor(By.id("found"));
        assertThat(driver.findElement(By.id("found")).getText()).isEqualTo("1 doorverwijzing gevonden");
        browser.assertAccessible();

        switchTo("coordinator@stiel.example");
        browser.go("/referrals");
        browser.waitFor(By.id("total"));
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContain(family);
        browser.assertAccessible();
        browser.go("/referrals/consent-texts");
        browser.waitFor(By.id("body"));
        browser.assertAccessible();
    }

    private static final String SERVICE = "Consultatie voor baby's en peuters";

    /** The count the filter shows beside the service: the demo's referrals to it and this one. */
    private static String serviceCount(org.openqa.selenium.WebDriver driver) {
        return new Select(driver.findElement(By.id("service")))
                .getOptions().stream()
                        .map(o -> o.getText())
                        .filter(t -> t.startsWith(SERVICE + " ("))
                        .findFirst()
                        .orElseThrow()
                        .replaceAll(".*\\((\\d+)\\)$", "$1");
    }

    private void switchTo(String email) {
        browser.driver().manage().deleteAllCookies();
        browser.logIn(email, StielTest.DEMO_PASSWORD);
    }
}
