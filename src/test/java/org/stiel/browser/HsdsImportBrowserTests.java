package org.stiel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.stiel.StielTest;

/**
 * A coordinator imports an HSDS file in a real browser: a file with an error is refused with the row and field, the
 * corrected file is previewed, imported, and the progress ends in "done"; axe-core on every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HsdsImportBrowserTests {

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
    void coordinatorPreviewsAndImportsAFile() throws Exception {
        String unique = UUID.randomUUID().toString();
        String good = """
                {"id": "%1$s-svc", "name": "Voorleesuur %1$s", "status": "active", "organization":
                  {"id": "%1$s-org", "name": "Bibliotheek %1$s", "description": "Boeken voor iedereen."},
                 "schedules": [{"id": "s1", "dtstart": "2030-01-09", "freq": "WEEKLY", "byday": "WE",
                   "opens_at": "14:00", "closes_at": "15:00"}]}
                """.formatted(unique);
        Path bad =
                Files.writeString(Files.createTempFile("hsds-bad", ".json"), good.replace("\"WEEKLY\"", "\"YEARLY\""));
        Path fine = Files.writeString(Files.createTempFile("hsds-good", ".json"), good);

        browser.logIn("coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        browser.go("/hsds/import");
        browser.assertAccessible();
        browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
        browser.click(By.id("upload-file"));
        browser.waitFor(By.id("import-errors"));
        assertThat(browser.driver().findElement(By.id("import-errors")).getText())
                .contains("services.schedules[0]")
                .contains("freq");
        assertThat(browser.driver().findElements(By.id("start-import"))).isEmpty();
        browser.assertAccessible();

        browser.go("/hsds/import");
        browser.driver().findElement(By.id("file")).sendKeys(fine.toString());
        browser.click(By.id("upload-file"));
        browser.waitFor(By.id("start-import"));
        assertThat(browser.driver().findElement(By.id("import-summary")).getText())
                .contains("2 nieuw");
        browser.assertAccessible();

        browser.click(By.id("start-import"));
        browser.waitForText(By.id("import-progress"), "De import is klaar.");
        assertThat(browser.driver().findElement(By.id("import-bar")).getAttribute("value"))
                .isEqualTo("2");
        browser.assertAccessible();

        Files.deleteIfExists(bad);
        Files.deleteIfExists(fine);
    }
}
