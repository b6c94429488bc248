package org.stiel.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.insight.internal.ImportStore;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * The import page over HTTP: upload, preview, confirm, history; errors next to the fields; the progress bar while a
 * file is read; and who may: only the coordinator, and only the own network's imports.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContextImports imports;

    @Autowired
    ImportStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    ImportWorld world;
    ImportWorld other;

    @BeforeAll
    void worlds() {
        world = new ImportWorld(networks, accounts, partners, jdbc);
        other = new ImportWorld(networks, accounts, partners, jdbc);
    }

    @Test
    void uploadPreviewAndConfirmOverHttp() throws Exception {
        mvc.perform(get("/insight/imports").with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-form\"")));
        String csv = "\uFEFFGemeente;Periode;Indicator;Waarde\n44021;2016;BIRTHS;321\n11001;2016;BIRTHS;5\n";
        var location = mvc.perform(multipart("/insight/imports")
                        .file(new MockMultipartFile(
                                "file", "gent 2016.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "LONG_TABLE")
                        .with(user(world.coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/insight/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        await().until(() -> !imports.get(world.coordinator, id).reading());

        mvc.perform(get(location).with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-figures\"")))
                .andExpect(content().string(containsString("Gent (44021)")))
                .andExpect(content().string(containsString("1 gemeenten horen niet bij je netwerk (11001).")))
                .andExpect(content().string(containsString("id=\"confirm-import\"")));
        assertThat(ImportWorld.figure(jdbc, world.network, "44021", "BIRTHS", "2016-01-01"))
                .isNull();

        mvc.perform(post(location + "/confirm").with(user(world.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(location));
        assertThat(ImportWorld.figure(jdbc, world.network, "44021", "BIRTHS", "2016-01-01"))
                .isEqualByComparingTo("321");
        mvc.perform(get(location).with(user(world.coordinator)))
                .andExpect(content().string(containsString("Geïmporteerd: 1 van 1 cijfers nieuw of gewijzigd")))
                .andExpect(content().string(not(containsString("id=\"confirm-import\""))));
        mvc.perform(get("/insight/imports").with(user(world.coordinator)))
                .andExpect(content().string(containsString("gent 2016.csv")))
                .andExpect(content().string(containsString("Lange tabel")))
                .andExpect(content().string(containsString(world.coordinator.displayName())));
    }

    @Test
    void aBrokenFileShowsItsErrorsAndCannotBeConfirmed() throws Exception {
        String csv = "Gemeente;Periode;Indicator;Waarde\n44021;2015;BIRTHS;veel\n";
        var id = ContextImportsTests.read(
                imports,
                world.coordinator,
                ImportKind.LONG_TABLE,
                "kapot.csv",
                null,
                csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/insight/imports/" + id).with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("veel&quot; is geen geldig getal.")))
                .andExpect(content().string(containsString("Deze import heeft 1 fouten.")))
                .andExpect(content().string(not(containsString("id=\"confirm-import\""))));
        mvc.perform(post("/insight/imports/" + id + "/confirm")
                        .with(user(world.coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ImportWorld.figure(jdbc, world.network, "44021", "BIRTHS", "2015-01-01"))
                .isNull();
    }

    @Test
    void uploadMistakesAreShownNextToTheirFields() throws Exception {
        mvc.perform(multipart("/insight/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n".getBytes()))
                        .with(user(world.coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kind-error\"")));
        mvc.perform(multipart("/insight/imports")
                        .file(new MockMultipartFile("file", "bevolking.txt", "text/plain", "CD_REFNIS\n".getBytes()))
                        .param("kind", "STATBEL_POPULATION")
                        .with(user(world.coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\"")))
                .andExpect(content().string(containsString("Vul het jaar in: het staat niet in de bestandsnaam.")));
        mvc.perform(multipart("/insight/imports")
                        .file(new MockMultipartFile("file", "cijfers.pdf", "application/pdf", "%PDF".getBytes()))
                        .param("kind", "LONG_TABLE")
                        .with(user(world.coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("Kies een .csv- of .xlsx-bestand.")));
    }

    @Test
    void whileAFileIsReadThePagePollsItsProgressAndReloadsWhenDone() throws Exception {
        UUID id = UUID.randomUUID();
        store.create(
                id,
                world.network,
                ImportKind.STATBEL_POPULATION,
                "TF_SOC_POP_STRUCT_2024.zip",
                world.coordinator.id().value(),
                1000,
                Instant.now());
        store.progress(id, 400, 250_000);

        mvc.perform(get("/insight/imports/" + id).with(user(world.coordinator)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("value=\"40\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(header().doesNotExist("HX-Refresh"));
        // without JavaScript: the bar and a link to look again
        mvc.perform(get("/insight/imports/" + id).with(user(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-bar\"")))
                .andExpect(content().string(containsString("id=\"look-again\"")));

        jdbc.sql("update insight_import set status = 'PREVIEW' where id = ?")
                .param(id)
                .update();
        mvc.perform(get("/insight/imports/" + id).with(user(world.coordinator)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"))
                .andExpect(content().string(not(containsString("hx-trigger"))));
    }

    @Test
    void onlyTheCoordinatorOfTheNetworkSeesAndConfirmsImports() throws Exception {
        String csv = "Gemeente;Periode;Indicator;Waarde\n44021;2014;BIRTHS;9\n";
        var id = ContextImportsTests.read(
                imports,
                world.coordinator,
                ImportKind.LONG_TABLE,
                "gent.csv",
                null,
                csv.getBytes(StandardCharsets.UTF_8));
        for (StielUser someone : List.of(world.steering, world.volunteer, world.staff)) {
            mvc.perform(get("/insight/imports").with(user(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/insight/imports/" + id).with(user(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/insight/imports/" + id + "/confirm")
                            .with(user(someone))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/insight/imports")
                            .file(new MockMultipartFile("file", "x.csv", "text/csv", csv.getBytes()))
                            .param("kind", "LONG_TABLE")
                            .with(user(someone))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/insight/imports/" + id).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        // another network's coordinator: the import does not exist for them
        mvc.perform(get("/insight/imports/" + id).with(user(other.coordinator))).andExpect(status().isNotFound());
        mvc.perform(post("/insight/imports/" + id + "/confirm")
                        .with(user(other.coordinator))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insight/imports").with(user(other.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id.toString()))));
        assertThat(ImportWorld.figure(jdbc, world.network, "44021", "BIRTHS", "2014-01-01"))
                .isNull();
        assertThat(ImportWorld.figures(jdbc, other.network)).isZero();
    }
}
