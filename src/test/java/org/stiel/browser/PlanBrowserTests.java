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
import org.stiel.TestNetworks;

/**
 * A coordinator plans in a real browser: a goal with two actions, seen in the plan's tree with the goal's progress,
 * then the board, the lists and the challenges; a family sees the published goal on the public page. axe-core on
 * every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanBrowserTests {

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
    void coordinatorSetsAGoalWithTwoActionsAndSeesItsProgressInTheTreeAndOnThePublicPage() {
        String goal = TestNetworks.unique("Elke ouder kent drie partners");
        String first = TestNetworks.unique("Kennismakingsavond");
        String second = TestNetworks.unique("Welkomstpakket");

        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/plan");
        browser.waitFor(By.cssSelector(".plan-tree"));
        browser.assertAccessible();

        browser.click(By.cssSelector("a[href$='/plan/goals/new']"));
        browser.waitFor(By.id("title"));
        browser.assertAccessible();
        browser.driver().findElement(By.id("title")).sendKeys(goal);
        browser.driver().findElement(By.id("why")).sendKeys("Wie partners kent, vraagt sneller hulp.");
        browser.driver().findElement(By.id("measure")).sendKeys("Bij de bevraging kent 6 op 10 ouders drie partners.");
        new Select(browser.driver().findElement(By.id("partners-0-partnerId")))
                .selectByVisibleText("Bibliotheek Eikelaar");
        browser.driver().findElement(By.id("partners-0-ownGoal")).sendKeys("Meer jonge gezinnen bereiken");
        browser.click(By.id("published"));
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));

        browser.waitFor(By.cssSelector("[role=status].alert-success"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(goal);
        assertThat(browser.driver().findElement(By.id("main")).getText())
                .contains("Bibliotheek Eikelaar")
                .contains("Meer jonge gezinnen bereiken")
                .contains("0 %");
        browser.assertAccessible();

        addAction(first, "Kinderdagverblijf Het Wilgenkatje", "IN_PROGRESS", "40");
        assertThat(browser.driver().findElement(By.id("main")).getText())
                .contains(first)
                .contains("40 %");
        addAction(second, "Bibliotheek Eikelaar", "DONE", "");

        // (40 + 100) / 2 = 70
        var main = browser.driver().findElement(By.id("main")).getText();
        assertThat(main).contains(first).contains(second).contains("70 %");
        browser.assertAccessible();

        browser.go("/plan");
        browser.waitFor(By.cssSelector(".plan-tree"));
        var tree = browser.driver().findElement(By.cssSelector(".plan-tree"));
        var branch = tree.findElement(By.xpath(".//li[.//a[normalize-space()='" + goal + "']]"));
        assertThat(branch.getText()).contains(first).contains(second).contains("70 %");
        browser.assertAccessible();

        for (String page : new String[] {
            "/plan/board", "/plan/challenges", "/plan/mine", "/plan/overdue", "/plan/quick-wins", "/actions"
        }) {
            browser.go(page);
            browser.waitFor(By.id("main"));
            browser.assertAccessible();
        }

        // a family, not logged in, sees the published goal with its progress
        browser.close();
        browser = Browser.open(port);
        browser.go("/plan/scheldeveld");
        browser.waitFor(By.id("main"));
        var publicPage = browser.driver().findElement(By.id("main")).getText();
        assertThat(publicPage).contains(goal).contains(first).contains("70 %").doesNotContain("Kinderarmoede");
        browser.assertAccessible();
    }

    private void addAction(String title, String partner, String status, String progress) {
        browser.click(By.cssSelector("a[href*='/actions/new']"));
        browser.waitFor(By.id("title"));
        browser.assertAccessible();
        browser.driver().findElement(By.id("title")).sendKeys(title);
        new Select(browser.driver().findElement(By.id("responsiblePartner"))).selectByVisibleText(partner);
        new Select(browser.driver().findElement(By.id("responsiblePerson"))).selectByIndex(1);
        new Select(browser.driver().findElement(By.id("status"))).selectByValue(status);
        var pct = browser.driver().findElement(By.id("progress"));
        pct.clear();
        pct.sendKeys(progress);
        new Select(browser.driver().findElement(By.id("contributors-0-partnerId")))
                .selectByVisibleText("Cultuurcentrum De Oever");
        new Select(browser.driver().findElement(By.id("contributors-0-kind"))).selectByValue("ROOM");
        browser.driver().findElement(By.id("contributors-0-description")).sendKeys("foyer");
        browser.click(By.cssSelector("button.btn-primary[type=submit]"));
        browser.waitFor(By.cssSelector("[role=status].alert-success"));
    }
}
