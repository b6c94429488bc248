package org.stiel.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.TestPdfs;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.insight.GapFixture;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.offer.Offers;
import org.stiel.partners.Partners;

/**
 * The gap pages and exports: who may see and change what (coordinator and steering group read, only the coordinator
 * writes; partner staff and volunteers are refused; another network finds nothing), and what the files hold.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapPagesTests {

    static final String ZELZATE_GAP = "/insight/gaps/" + GapFixture.ZELZATE + "/PARENTING_SUPPORT/TODDLERS";

    @Autowired
    MockMvc mvc;

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

    StielUser coordinator;
    StielUser steering;
    StielUser staff;
    StielUser volunteer;
    StielUser otherCoordinator;

    @BeforeAll
    void network() {
        var people = new TestNetworks(networks, accounts, partners);
        var fixture = new GapFixture(networks, people, places, partners, offers, jdbc, clock);
        var network = fixture.network;
        coordinator = people.member(network, NetworkRole.COORDINATOR);
        steering = people.member(network, NetworkRole.STEERING_GROUP);
        staff = people.member(
                network, NetworkRole.PARTNER_STAFF, people.partner(network, TestNetworks.unique("Partner"), "Test."));
        volunteer = people.member(network, NetworkRole.VOLUNTEER);
        otherCoordinator = people.member(people.network("other-gaps").id(), NetworkRole.COORDINATOR);
    }

    @Test
    void theCoordinatorAndTheSteeringGroupReadTheRankedGapsWithTheirReasons() throws Exception {
        for (var reader : List.of(coordinator, steering)) {
            mvc.perform(get("/insight/gaps")
                            .param("domain", "PARENTING_SUPPORT")
                            .param("band", "TODDLERS")
                            .with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(
                            content()
                                    .string(
                                            containsString(
                                                    "Zelzate: 400 kinderen 0–2 jaar, kansarmoede 20 %, geen opvoedingsondersteuning binnen 5 km")))
                    .andExpect(content().string(containsString("Lokeren: 1.000 kinderen 0–2 jaar")));
            mvc.perform(get(ZELZATE_GAP).with(user(reader))).andExpect(status().isOk());
        }
        // the pictures, each with its table: the map of the filtered domain and band, and the heat map
        mvc.perform(get("/insight/gaps")
                        .param("domain", "PARENTING_SUPPORT")
                        .param("band", "TODDLERS")
                        .with(user(coordinator)))
                .andExpect(content().string(containsString("id=\"gap-map")))
                .andExpect(content().string(containsString("id=\"gap-heat-map")))
                .andExpect(content().string(containsString("Zelzate: 400 kinderen, 0 aanbod")));
        // the steering group reads, but has no form to write a note or start a challenge
        mvc.perform(get(ZELZATE_GAP).with(user(steering)))
                .andExpect(content().string(not(containsString("/challenge\""))));
    }

    @Test
    void partnerStaffAndVolunteersAreRefused() throws Exception {
        for (var refused : List.of(staff, volunteer)) {
            mvc.perform(get("/insight/gaps").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get(ZELZATE_GAP).with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/insight/gaps/export.csv").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/insight/gaps/" + GapFixture.ZELZATE + "/summary.pdf")
                            .with(user(refused)))
                    .andExpect(status().isForbidden());
        }
        for (var notCoordinator : List.of(steering, staff, volunteer)) {
            mvc.perform(post(ZELZATE_GAP + "/note")
                            .param("note", "Mag niet")
                            .with(user(notCoordinator))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(ZELZATE_GAP + "/challenge")
                            .with(user(notCoordinator))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aFilterOrAPagePositionThatMeansNothingIsABadRequestNotAnError() throws Exception {
        mvc.perform(get("/insight/gaps").param("domain", "NO_SUCH_DOMAIN").with(user(coordinator)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/insight/gaps").param("after", "not-a-cursor").with(user(coordinator)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/insight/gaps/" + GapFixture.ZELZATE + "/NO_SUCH_DOMAIN/TODDLERS")
                        .with(user(coordinator)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherNetworkFindsNothingOfThisOne() throws Exception {
        mvc.perform(get(ZELZATE_GAP).with(user(otherCoordinator))).andExpect(status().isNotFound());
        mvc.perform(post(ZELZATE_GAP + "/note")
                        .param("note", "Van een ander")
                        .with(user(otherCoordinator))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insight/gaps/" + GapFixture.ZELZATE + "/summary.pdf").with(user(otherCoordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insight/gaps").param("nis", GapFixture.ZELZATE).with(user(otherCoordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insight/gaps").with(user(otherCoordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Zelzate"))));
    }

    @Test
    void theCoordinatorsNoteShowsWithTheGapAndATooLongOneIsRefusedAtTheField() throws Exception {
        mvc.perform(post(ZELZATE_GAP + "/note")
                        .param("note", "Gesprek met OCMW Zelzate gepland.")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/insight/gaps").param("nis", GapFixture.ZELZATE).with(user(steering)))
                .andExpect(content().string(containsString("Gesprek met OCMW Zelzate gepland.")));
        mvc.perform(post(ZELZATE_GAP + "/note")
                        .param("note", "x".repeat(2001))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"note-error\"")));
    }

    @Test
    void aChallengeStartedFromTheGapIsLinkedBothWays() throws Exception {
        var gap = "/insight/gaps/" + GapFixture.LOCHRISTI + "/HEALTH/PRESCHOOL";
        mvc.perform(post(gap + "/challenge").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", gap));
        var challenge = jdbc.sql(
                        "select challenge_id from insight_gap_note where nis_code = ? and life_domain = 'HEALTH'"
                                + " and age_band = 'PRESCHOOL' and challenge_id is not null and network_id = ?")
                .params(GapFixture.LOCHRISTI, coordinator.networkId().value())
                .query(java.util.UUID.class)
                .single();
        mvc.perform(get(gap).with(user(coordinator)))
                .andExpect(content().string(containsString("#challenge-" + challenge)));
        mvc.perform(get("/plan/challenges").with(user(coordinator)))
                .andExpect(content().string(containsString(gap)));
    }

    @Test
    void theGapsExportAsCsvAndXlsxWithTheSameRows() throws Exception {
        var csv = mvc.perform(get("/insight/gaps/export.csv")
                        .param("domain", "PARENTING_SUPPORT")
                        .param("band", "TODDLERS")
                        .with(user(steering)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = new String(csv, StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text))
                .getRecords();
        assertThat(records)
                .extracting(r -> r.get("nis_code"))
                .containsExactly(GapFixture.ZELZATE, GapFixture.LOKEREN, GapFixture.LOCHRISTI);
        var zelzate = records.stream()
                .filter(r -> r.get("nis_code").equals(GapFixture.ZELZATE))
                .findFirst()
                .orElseThrow();
        assertThat(zelzate.get("children")).isEqualTo("400");
        assertThat(zelzate.get("reasons")).isEqualTo("NO_OFFER_NEARBY LOW_RATE");
        assertThat(zelzate.get("score")).isEqualTo("1440.0");
        assertThat(zelzate.get("network_offers_per_1000")).isEqualTo("1.4");
        var lochristi = records.stream()
                .filter(r -> r.get("nis_code").equals(GapFixture.LOCHRISTI))
                .findFirst()
                .orElseThrow();
        assertThat(lochristi.get("declined_capacity")).isEqualTo("3");
        assertThat(lochristi.get("declined_waiting")).isEqualTo("1");

        var xlsx = mvc.perform(get("/insight/gaps/export.xlsx")
                        .param("domain", "PARENTING_SUPPORT")
                        .param("band", "TODDLERS")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("nis_code");
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactly(GapFixture.ZELZATE, GapFixture.LOKEREN, GapFixture.LOCHRISTI);
            var header = sheet.getRow(0);
            int score = 0;
            while (!header.getCell(score).getStringCellValue().equals("score")) {
                score++;
            }
            assertThat(sheet.getRow(1).getCell(score).getNumericCellValue()).isEqualTo(1440.0);
        }
    }

    @Test
    void aMunicipalityHasAOnePagePdfWithItsFiguresSupplyAndGaps() throws Exception {
        var pdf = mvc.perform(get("/insight/gaps/" + GapFixture.LOKEREN + "/summary.pdf")
                        .with(user(steering)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(TestPdfs.text(pdf))
                .contains("Lokeren: aanbod en nood")
                .contains("Kinderen van 0 tot 2 jaar")
                .contains("Opvoedingsondersteuning")
                .contains("Lokeren: 1.000 kinderen 0–2 jaar");
    }
}
