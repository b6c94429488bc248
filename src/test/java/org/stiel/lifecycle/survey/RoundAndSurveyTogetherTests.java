package org.stiel.lifecycle.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.TestPdfs;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.AnswerForm;
import org.stiel.lifecycle.AnswerStatus;
import org.stiel.lifecycle.CollaborationAnswers;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.lifecycle.CollaborationSurveys;
import org.stiel.lifecycle.Results;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * The two halves of a round as one product: the round's page leads to the questions and the survey, a closed round
 * shows its answers read-only, the PDF has the circle and the signs it needs, the map colours by life domain on
 * request, and completion counts the invited partners only.
 */
@StielTest
class RoundAndSurveyTogetherTests {

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

    @Autowired
    RoundExports exports;

    @Autowired
    Results results;

    SurveyWorld world(int size) {
        return new SurveyWorld(networks, accounts, partners, rounds, surveys, size);
    }

    @Test
    void theRoundPageLeadsARepresentativeToTheQuestionsAndTheSurvey() throws Exception {
        var w = world(3);
        var round = w.round("Samen " + System.nanoTime(), LocalDate.now());
        String base = "/lifecycle/rounds/" + round;

        String staffPage = page(base, w.staff.get(0));
        assertThat(staffPage)
                .contains("href=\"" + base + "/answers\"")
                .contains("href=\"" + base + "/survey\"")
                .contains("Bevraging nog niet ingediend");
        // partner staff see no results of an open round, so no link to them
        assertThat(staffPage).doesNotContain(base + "/survey/results");
        assertThat(page("/lifecycle", w.staff.get(0))).contains("href=\"" + base + "/survey\"");

        // the steering group answers the questions but does not speak for a partner
        String steeringPage = page(base, w.steering);
        assertThat(steeringPage)
                .contains("href=\"" + base + "/answers\"")
                .doesNotContain("href=\"" + base + "/survey\"");
        assertThat(steeringPage).contains("href=\"" + base + "/survey/results\"");
        assertThat(page(base, w.coordinator)).contains("href=\"" + base + "/survey/results\"");
        assertThat(page("/lifecycle", w.coordinator)).contains("href=\"/lifecycle/survey\"");
        assertThat(page("/lifecycle", w.volunteer)).doesNotContain("href=\"/lifecycle/survey\"");

        w.answer(round, 0, 12, Map.of());
        assertThat(page(base, w.staff.get(0))).contains("Bevraging ingediend voor je organisatie");
        w.close(round);
        assertThat(page(base, w.staff.get(0))).contains("href=\"" + base + "/survey/results\"");
    }

    @Test
    void aClosedRoundShowsTheAnswersReadOnlyWithANotice() throws Exception {
        var w = world(2);
        var round = w.round("Gesloten " + System.nanoTime(), LocalDate.now());
        var first = rounds.questions(w.network, round).getFirst();
        rounds.save(
                w.staff.get(0),
                round,
                java.util.List.of(
                        new AnswerForm(first.id().value(), AnswerStatus.UNDER_WAY, "Mijn eigen notitie", null)),
                false);
        String open = page("/lifecycle/rounds/" + round + "/answers", w.staff.get(0));
        assertThat(open).contains("action=\"/lifecycle/rounds/" + round + "/answers\"");

        w.close(round);

        String closed = page("/lifecycle/rounds/" + round + "/answers", w.staff.get(0));
        assertThat(closed)
                .contains("id=\"answers-closed\"")
                .contains("Deze ronde is gesloten")
                .contains("Mijn eigen notitie")
                .contains("Jouw antwoord")
                .doesNotContain("action=\"/lifecycle/rounds/" + round + "/answers\"")
                .doesNotContain("type=\"radio\"");
        assertThat(page("/lifecycle/rounds/" + round + "/survey", w.staff.get(0)))
                .doesNotContain("action=\"/lifecycle/rounds/" + round + "/survey\"")
                .contains("Deze vragenronde is afgesloten");
    }

    @Test
    void thePdfHasTheCircleAndTheMinusAndDegreeSigns() throws Exception {
        var w = world(3);
        var round = w.round("Pdf " + System.nanoTime(), LocalDate.now());
        w.answer(round, 0, -5, Map.of());
        w.answer(round, 1, 15, Map.of());
        // a third temperature: below three the bands are not shown at all
        w.answer(round, 2, 7, Map.of());
        var questions = rounds.questions(w.network, round);
        rounds.save(
                w.steering,
                round,
                questions.stream()
                        .map(q -> new AnswerForm(q.id().value(), AnswerStatus.IN_PLACE, null, null))
                        .toList(),
                true);

        byte[] pdf = mvc.perform(get("/lifecycle/rounds/" + round + "/survey/results.pdf")
                        .with(user(w.coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            // the temperature bands: a real minus sign, degrees and an en dash, not boxes or hyphens
            assertThat(text).contains("\u22125° \u2013 \u22121°").contains("15° \u2013 20°");
            // the letters beside the partners on the map are explained in a legend
            assertThat(text).contains("[A] Andere");
        }
        assertThat(TestPdfs.fonts(pdf)).isNotEmpty().allMatch(TestPdfs.Font::embeddedTrueType);
        // the circle is drawn as vector paths, so it is checked in the page the PDF is made from: the results
        // page's circle, every phase filled to the full ring as all answers are "in place"
        String html = exports.summaryHtml(
                surveys.results(w.coordinator, round),
                results.result(w.network, round),
                java.util.Locale.forLanguageTag("nl"));
        assertThat(html)
                .contains("class=\"lifecycle-circle")
                .contains("role=\"img\"")
                .contains("data-phase=\"STARTUP\" data-progress=\"1.0000\"")
                .contains("data-phase=\"EVALUATION\" data-progress=\"1.0000\"")
                .contains("Opstart: 100%");
    }

    @Test
    void theMapColoursByFirstLifeDomainOnRequestWithALegendAndLetters() throws Exception {
        var w = world(3);
        var round = w.round("Kleur " + System.nanoTime(), LocalDate.now());
        String base = "/lifecycle/rounds/" + round + "/survey/results";

        String byKind = page(base, w.coordinator);
        assertThat(byKind).contains("[A] Andere").doesNotContain("Vrije tijd");

        String byDomain = page(base + "?colour=domain", w.coordinator);
        // the test partners' domains are leisure and meeting others: leisure comes first
        assertThat(byDomain)
                .contains("id=\"map-legend\"")
                .contains("[A] Vrije tijd")
                .contains("<option value=\"domain\" selected=\"selected\"")
                .doesNotContain("[A] Andere")
                .doesNotContain("Ontmoeting");
    }

    @Test
    void completionCountsInvitedPartnersAndReportsTheOthersApart() throws Exception {
        var w = world(3);
        var round = w.round("Deelname " + System.nanoTime(), LocalDate.now());
        w.answer(round, 0, 10, Map.of());
        // a partner that joined after the round opened: its answers are recorded, but nobody of it was invited
        var late = new TestNetworks(networks, accounts, partners)
                .partner(w.network, TestNetworks.unique("Late partner"), "Kwam later bij het netwerk.");
        surveys.record(
                Actor.system(w.network, "Test"),
                round,
                late,
                new CollaborationAnswers(
                        8,
                        null,
                        Map.of(
                                w.partners.get(0),
                                new CollaborationLink(
                                        CollaborationFrequency.OCCASIONALLY, null, null, null, null, null, null)),
                        Map.of(CollaborationFactor.PURPOSE_CLEAR_GOALS, 3)),
                Instant.now());

        var completion = surveys.results(w.coordinator, round).completion();
        assertThat(completion.invited()).isEqualTo(3);
        assertThat(completion.submitted()).isEqualTo(1);
        assertThat(completion.uninvited()).isEqualTo(1);
        assertThat(completion.percent()).isEqualTo(33);

        assertThat(page("/lifecycle/rounds/" + round + "/survey/results", w.coordinator))
                .contains("1 van 3 uitgenodigde partners dienden in (33%)")
                .contains("Nog 1 partners dienden antwoorden in zonder een vertegenwoordiger")
                .contains("De deelname telt de partners met een vertegenwoordiger");
    }

    private String page(String path, StielUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
