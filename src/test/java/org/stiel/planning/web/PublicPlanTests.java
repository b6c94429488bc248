package org.stiel.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.planning.GoalForm;
import org.stiel.planning.Goals;

/** The public plan page: published goals with progress and actions, nothing unpublished, no person's name. */
@StielTest
class PublicPlanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Goals goals;

    @Autowired
    Actions actions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyFixedPagePathBesideThePublicPlanIsAWordNoNetworkMayTake() {
        Set<String> fixed = new TreeSet<>();
        // any method: a page posted to today (POST /plan/goals) may get its own GET page tomorrow
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.matches("/plan/[a-z0-9-]+")) {
                    fixed.add(pattern.substring("/plan/".length()));
                }
            }
        });
        assertThat(fixed).isNotEmpty();
        assertThat(PlanPaths.WORDS).containsExactlyInAnyOrderElementsOf(fixed);
    }

    @Test
    void aNetworkCannotTakeOneOfThoseWordsAsItsSlug() throws Exception {
        var admin = new TestNetworks(networks, accounts, partners).admin();
        for (String word : PlanPaths.WORDS) {
            mvc.perform(post("/admin/networks")
                            .with(user(admin))
                            .with(csrf())
                            .param("name", "Netwerk " + word)
                            .param("slug", word)
                            .param("municipalities[0].name", "Gent")
                            .param("municipalities[0].postcodes", "9000"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"slug-error\"")))
                    .andExpect(content().string(containsString("in adressen")));
            assertThat(networks.findBySlug(word)).isEmpty();
        }
    }

    @Test
    void showsThePublishedGoalsWithProgressAndActionsButNoUnpublishedGoalAndNoPersonsName() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("publiek");
        String partnerName = TestNetworks.unique("Bibliotheek Publiek");
        var partner = fixtures.partner(network.id(), partnerName, "Leest voor");
        var person = fixtures.member(network.id(), NetworkRole.STEERING_GROUP, "Pieter Privénaam");

        var shown = new GoalForm(TestNetworks.unique("Zichtbaar doel"), "Omdat gezinnen het vragen", "7 op 10", null);
        shown.setPublished(true);
        var shownId = goals.create(Actor.system(network.id(), "Test"), shown);
        var hidden = new GoalForm(TestNetworks.unique("Intern doel"), null, null, null);
        var hiddenId = goals.create(Actor.system(network.id(), "Test"), hidden);

        var first =
                new ActionForm(TestNetworks.unique("Voorleesuur"), "Interne toelichting", "", LocalDate.of(2027, 3, 1));
        first.setGoalId(shownId.value());
        first.setResponsiblePartner(partner.value());
        first.setResponsiblePerson(person.id().value());
        first.setStatus(ActionStatus.IN_PROGRESS);
        first.setProgress(40);
        actions.create(Actor.system(network.id(), "Test"), first, null);
        var second = new ActionForm(TestNetworks.unique("Boekenstart"), null, "", null);
        second.setGoalId(shownId.value());
        second.setStatus(ActionStatus.DONE);
        actions.create(Actor.system(network.id(), "Test"), second, null);
        var secret = new ActionForm(TestNetworks.unique("Interne actie"), null, "", null);
        secret.setGoalId(hiddenId.value());
        actions.create(Actor.system(network.id(), "Test"), secret, null);

        var result = mvc.perform(get("/plan/" + network.slug()))
                .andExpect(status().isOk())
                // no session for anonymous visitors: nothing is written for each of them
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(result.getRequest().getSession(false)).isNull();

        // (40 + 100) / 2 = 70
        assertThat(html)
                .contains(shown.getTitle())
                .contains("Omdat gezinnen het vragen")
                .contains("70 %")
                .contains(first.getTitle())
                .contains("40 %")
                .contains(second.getTitle())
                .contains(partnerName)
                .contains("1/3/2027");
        assertThat(html)
                .doesNotContain(hidden.getTitle())
                .doesNotContain(secret.getTitle())
                .doesNotContain("Pieter Privénaam")
                .doesNotContain("Interne toelichting");

        goals.publish(fixtures.member(network.id(), NetworkRole.COORDINATOR), shownId, false);
        assertThat(mvc.perform(get("/plan/" + network.slug()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(shown.getTitle());
    }

    @Test
    void anUnknownNetworkIsNotFound() throws Exception {
        mvc.perform(get("/plan/" + TestNetworks.slug("bestaat-niet"))).andExpect(status().isNotFound());
    }

    @Test
    void theMemberPagesUnderPlanStillNeedALogin() throws Exception {
        for (String path : new String[] {"/plan", "/plan/board", "/plan/mine", "/plan/challenges", "/plan/overdue"}) {
            mvc.perform(get(path).accept(org.springframework.http.MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void scheldeveldsDemoPublishesTwoGoalsAndKeepsTheThirdInside() throws Exception {
        String html = mvc.perform(get("/plan/scheldeveld"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Elk gezin vindt binnen één gesprek het aanbod dat bij hem past")
                .contains("Partners werken als één netwerk over zes gemeenten")
                .doesNotContain("Kinderarmoede samen aanpakken");
    }
}
