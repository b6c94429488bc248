package org.stiel.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.stiel.browser.Browser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * A coordinator imports a long table in a real browser: a broken file shows its row and column and cannot be
 * confirmed; the corrected one is read (the progress bar, then the preview), confirmed and shows in the history;
 * axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContextImportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

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
    void coordinatorPreviewsAndConfirmsALongTable() throws Exception {
        var world = new ImportWorld(networks, accounts, partners, jdbc);
        String header = "\uFEFFGemeente;NIS-code;Periode;Indicator;Waarde;Teller;Noemer\n";
        Path broken = Files.writeString(
                Files.createTempFile("cijfers-kapot", ".csv"),
                header + "Gent;44021;2021;BIRTHS;veel;;\n",
                StandardCharsets.UTF_8);
        Path fine = Files.writeString(
                Files.createTempFile("cijfers", ".csv"),
                header + "Gent;44021;2021;BIRTHS;2.345;;\n"
                        + "De Pinte;44012;2021;DEPRIVATION_INDEX;10;20;200\n"
                        + "Nazareth;44048;2021;DEPRIVATION_INDEX;5;15;300\n"
                        + "Aartselaar;11001;2021;BIRTHS;50;;\n",
                StandardCharsets.UTF_8);

        browser.logIn(world.coordinator.email(), TestNetworks.PASSWORD);
        browser.go("/insight/imports");
        browser.assertAccessible();
        browser.click(By.id("kind-1"));
        browser.driver().findElement(By.id("file")).sendKeys(broken.toString());
        browser.click(By.id("upload-file"));
        browser.waitFor(By.id("import-issues"));
        assertThat(browser.driver().findElement(By.id("import-issues")).getText())
                .contains("Waarde")
                .contains("is geen geldig getal");
        assertThat(browser.driver().findElements(By.id("confirm-import"))).isEmpty();
        browser.assertAccessible();

        browser.go("/insight/imports");
        browser.click(By.id("kind-1"));
        browser.driver().findElement(By.id("file")).sendKeys(fine.toString());
        browser.click(By.id("upload-file"));
        browser.waitFor(By.id("confirm-import"));
        assertThat(browser.driver().findElement(By.id("import-figures")).getText())
                .contains("Gent (44021)")
                .contains("2345")
                .contains("Nazareth-De Pinte (44086)")
                .contains("7");
        browser.assertAccessible();

        browser.click(By.id("confirm-import"));
        browser.waitForText(By.id("import-status"), "Geïmporteerd: 2 van 2 cijfers");
        browser.assertAccessible();
        browser.go("/insight/imports");
        assertThat(browser.driver().findElement(By.id("import-history")).getText())
                .contains(fine.getFileName().toString())
                .contains("Geïmporteerd");
        browser.assertAccessible();

        Files.deleteIfExists(broken);
        Files.deleteIfExists(fine);
    }
}
