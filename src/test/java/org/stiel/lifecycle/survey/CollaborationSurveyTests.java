package org.stiel.lifecycle.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.CollaborationAnswers;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;

/** Answering the survey, the anonymity threshold, the thermometer over two rounds, and the exports. */
@StielTest
class CollaborationSurveyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Rounds rounds;

    @Autowired
    CollaborationSurveys surveys;

    SurveyWorld world(int size) {
        return new SurveyWorld(networks, accounts, partners, rounds, surveys, size);
    }

    static CollaborationLink trusted(CollaborationFrequency frequency, int trust, int value) {
        return new CollaborationLink(frequency, trust, trust, trust, value, value, value);
    }

    @Test
    void scoresAboutAPartnerShowFromTheThirdAnswerOn() throws Exception {
        var w = world(5);
        var round = w.round("Anoniem", LocalDate.now());
        var e = w.partners.get(4);
        w.answer(round, 0, 10, Map.of(e, trusted(CollaborationFrequency.REGULARLY, 4, 2)));
        w.answer(round, 1, 12, Map.of(e, trusted(CollaborationFrequency.OCCASIONALLY, 3, 3)));

        var two = row(surveys.results(w.coordinator, round), 4);
        assertThat(two.trust().answers()).isEqualTo(2);
        assertThat(two.trust().shown()).isFalse();
        String page = page("/lifecycle/rounds/" + round + "/survey/results", w.coordinator);
        assertThat(rowOf(page, w.names.get(4))).contains("te weinig antwoorden").doesNotContain("3,50");

        // the third: trust (4 + 3 + 2) / 3 = 3, value (2 + 3 + 4) / 3 = 3
        w.answer(round, 2, 8, Map.of(e, trusted(CollaborationFrequency.INTENSIVELY, 2, 4)));
        var three = row(surveys.results(w.coordinator, round), 4);
        assertThat(three.trust().shown()).isTrue();
        assertThat(three.trust().mean()).isCloseTo(3.0, within(1e-9));
        assertThat(three.value().mean()).isCloseTo(3.0, within(1e-9));
        assertThat(rowOf(page("/lifecycle/rounds/" + round + "/survey/results", w.coordinator), w.names.get(4)))
                .contains("3,00")
                .doesNotContain("te weinig antwoorden");
    }

    @Test
    void networkMeansCountPartnersNotLinksAndTwoTemperaturesStayHidden() throws Exception {
        var w = world(4);
        var round = w.round("Weinig", LocalDate.now());
        // one partner rates three others: three links, but one answer
        w.answer(
                round,
                0,
                3,
                Map.of(
                        w.partners.get(1), trusted(CollaborationFrequency.REGULARLY, 4, 4),
                        w.partners.get(2), trusted(CollaborationFrequency.REGULARLY, 4, 4),
                        w.partners.get(3), trusted(CollaborationFrequency.REGULARLY, 4, 4)));
        w.answer(round, 1, 17, Map.of());

        var results = surveys.results(w.coordinator, round);
        assertThat(results.trust().answers()).isEqualTo(1);
        assertThat(results.trust().shown()).isFalse();
        assertThat(results.value().shown()).isFalse();
        // with two temperatures, the lowest and highest would give each partner the other's
        assertThat(results.thermometer().count()).isEqualTo(2);
        assertThat(results.thermometer().shown()).isFalse();
        assertThat(results.thermometer().median()).isNull();
        w.close(round);
        String page = page("/lifecycle/rounds/" + round + "/survey/results", w.staff.get(2));
        assertThat(page).doesNotContain("17°").doesNotContain("3°<").contains("Te weinig temperaturen");
    }

    @Test
    void thermometerMedianDistributionAndWhoCooledDownForTheCoordinatorOnly() throws Exception {
        var w = world(4);
        var first = w.round("Najaar", LocalDate.now().minusDays(60));
        w.answer(first, 0, 15, Map.of());
        w.answer(first, 1, 10, Map.of());
        w.answer(first, 2, 5, Map.of());
        w.close(first);
        var second = w.round("Voorjaar", LocalDate.now());
        w.answer(second, 0, 8, Map.of());
        w.answer(second, 1, 12, Map.of());
        w.answer(second, 2, 5, Map.of());
        w.answer(second, 3, -2, Map.of());

        var results = surveys.results(w.coordinator, second);
        // sorted -2, 5, 8, 12: median (5 + 8) / 2
        assertThat(results.thermometer().median()).isEqualTo(6.5);
        assertThat(results.thermometer().bands())
                .extracting(Thermometer.Band::count)
                .containsExactly(1, 0, 2, 1, 0);
        assertThat(results.history()).hasSize(2);
        assertThat(results.history().getFirst().thermometer().median()).isEqualTo(10.0);
        assertThat(results.cooled()).extracting(Thermometer.Cooled::name).containsExactly(w.names.get(0));

        String coordinatorPage = page("/lifecycle/rounds/" + second + "/survey/results", w.coordinator);
        assertThat(coordinatorPage).contains("id=\"cooled\"").contains("Mediaan 6,5°");
        assertThat(surveys.results(w.steering, second).cooled()).isEmpty();
        String steeringPage = page("/lifecycle/rounds/" + second + "/survey/results", w.steering);
        assertThat(steeringPage).doesNotContain("id=\"cooled\"").doesNotContain("Afgekoeld");
    }

    @Test
    void aRepresentativeSavesPartOfTheFormThenHandsItIn() throws Exception {
        var w = world(3);
        var round = w.round("Formulier", LocalDate.now());
        String path = "/lifecycle/rounds/" + round + "/survey";
        var b = w.partners.get(1).value().toString();
        var c = w.partners.get(2).value().toString();
        assertThat(page(path, w.staff.get(0))).contains(w.names.get(1)).doesNotContain(w.names.get(0) + "?");

        mvc.perform(post(path)
                        .param("temperature", "14")
                        .param("links[" + b + "].frequency", "REGULARLY")
                        .param("links[" + b + "].reliable", "4")
                        .param("links[" + c + "].frequency", "NOT")
                        .param("save", "save")
                        .with(user(w.staff.get(0)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var saved = surveys.answers(w.staff.get(0), round);
        assertThat(saved.temperature()).isEqualTo(14);
        assertThat(saved.links()).containsOnlyKeys(w.partners.get(1));
        assertThat(surveys.submitted(w.staff.get(0), round)).isFalse();
        assertThat(surveys.results(w.coordinator, round).completion().started()).isEqualTo(1);
        assertThat(surveys.results(w.coordinator, round).completion().submitted())
                .isZero();

        mvc.perform(post(path)
                        .param("temperature", "16")
                        .param("links[" + b + "].frequency", "INTENSIVELY")
                        .param("factors[PURPOSE_FAMILIES]", "5")
                        .param("submit", "submit")
                        .with(user(w.staff.get(0)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var results = surveys.results(w.coordinator, round);
        assertThat(results.completion().submitted()).isEqualTo(1);
        assertThat(results.completion().invited()).isEqualTo(3);
        // one temperature is counted but not shown: too few to stay anonymous
        assertThat(results.thermometer().count()).isEqualTo(1);
        assertThat(results.thermometer().shown()).isFalse();
        assertThat(results.map().metrics().links()).hasSize(1);
        assertThat(results.map().metrics().links().getFirst().weight()).isEqualTo(3.0);

        // a tampered value is refused without saving anything
        mvc.perform(post(path)
                        .param("temperature", "99")
                        .param("submit", "submit")
                        .with(user(w.staff.get(0)))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(surveys.answers(w.staff.get(0), round).temperature()).isEqualTo(16);

        w.close(round);
        assertThatThrownBy(() -> surveys.save(
                        w.staff.get(0), round, new CollaborationAnswers(1, null, Map.of(), Map.of()), true))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void exportsHoldAggregatesOnlyAndThePdfParses() throws Exception {
        var w = world(4);
        var round = w.round("Exportronde " + System.nanoTime(), LocalDate.now());
        var d = w.partners.get(3);
        w.answer(round, 0, 11, Map.of(d, trusted(CollaborationFrequency.REGULARLY, 4, 4)));
        w.answer(round, 1, 13, Map.of(d, trusted(CollaborationFrequency.REGULARLY, 2, 2)));
        String base = "/lifecycle/rounds/" + round + "/survey/results";

        var csvResponse = mvc.perform(get(base + ".csv").with(user(w.coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String csv = new String(csvResponse.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csvResponse.getContentType()).startsWith("text/csv");
        // every text cell quoted, figures bare
        assertThat(csv)
                // two temperatures: counted, but their median would give each partner the other's
                .contains("\"temperature\",\"median\",\"\",\"\",2")
                .doesNotContain("\"temperature\",\"band")
                .contains("\"partner\",\"mean_trust\",\"" + w.names.get(3) + "\",\"too few answers\",2");
        for (StielUser person : w.staff) {
            assertThat(csv).doesNotContain(person.email()).doesNotContain(person.displayName());
        }
        assertThat(csv).doesNotContain("4.00").doesNotContain("2.00,1");

        byte[] pdf = mvc.perform(get(base + ".pdf").with(user(w.coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(rounds.get(w.network, round).title())
                    .contains("Netwerkkaart")
                    .contains("Levensloop van het netwerk");
            for (StielUser person : w.staff) {
                assertThat(text).doesNotContain(person.email());
            }
        }
    }

    private static SurveyResults.PartnerRow row(SurveyResults results, int index) {
        return results.partners().stream()
                .filter(p -> p.name().startsWith("Partner " + (char) ('A' + index)))
                .findFirst()
                .orElseThrow();
    }

    /** The partner table's row of the named partner, as HTML. */
    private static String rowOf(String page, String name) {
        int table = page.indexOf("id=\"partner-figures\"");
        int at = page.indexOf(name, table);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private String page(String path, StielUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
