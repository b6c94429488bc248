package org.stiel.lifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * The lists that grow with time come a page at a time: the timeline, the survey's rounds and a round's participants.
 * The "more" link is a plain link; with htmx it brings the next rows alone. Another network gets 404, and only the
 * coordinator sees the participants.
 */
@StielTest
class LifecyclePagingTests {

    private static final Pattern MORE = Pattern.compile("class=\"paging-more[\\s\\S]*?<a[^>]*href=\"([^\"]+)\"");

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

    @Test
    void participantsTimelineAndSurveyRoundsComeAPageAtATime() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("pagina").id();
        String partnerName = TestNetworks.unique("Partner");
        var partner = fixtures.partner(network, partnerName, "Een partner");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        var steering = fixtures.member(network, NetworkRole.STEERING_GROUP);
        String older = TestNetworks.unique("Oudere ronde");
        rounds.open(coordinator, new RoundForm(older, LocalDate.now().plusDays(7)));
        String newer = TestNetworks.unique("Nieuwere ronde");
        var round =
                rounds.open(coordinator, new RoundForm(newer, LocalDate.now().plusDays(7)));

        // participants: steering group first, then the partner's representative on the next page
        String first = page("/lifecycle/rounds/" + round + "?size=1", coordinator);
        assertThat(first).contains(steering.displayName()).doesNotContain(staff.displayName());
        String rows = htmx(more(first), coordinator);
        assertThat(rows).doesNotContain("<html").contains(staff.displayName()).contains("(" + partnerName + ")");
        assertThat(rows).doesNotContain("paging-more");
        // without JavaScript the link opens the whole page at that place
        assertThat(page(more(first), coordinator)).contains("<html").contains(staff.displayName());
        assertThat(page("/lifecycle/rounds/" + round + "?size=1", staff)).doesNotContain("participants-heading");

        // the timeline: newest first, the older round behind "more"
        String overview = page("/lifecycle?size=1", coordinator);
        assertThat(overview).contains(newer);
        assertThat(htmx(more(overview), coordinator)).contains(older).doesNotContain(newer);

        // the survey's rounds likewise
        String survey = page("/lifecycle/survey?size=1", coordinator);
        String list = survey.substring(survey.indexOf("id=\"survey-rounds\""));
        list = list.substring(0, list.indexOf("</ul>"));
        assertThat(list).contains(newer).doesNotContain(older);
        assertThat(htmx(more(survey), coordinator)).contains(older);

        var stranger = fixtures.member(fixtures.network("vreemd").id(), NetworkRole.COORDINATOR);
        mvc.perform(get("/lifecycle/rounds/" + round + "?size=1").with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThat(page("/lifecycle?size=1", stranger)).doesNotContain(newer).doesNotContain(older);
        mvc.perform(get("/lifecycle?after=not-a-cursor").with(user(coordinator)))
                .andExpect(status().isBadRequest());
    }

    private static String more(String html) {
        var m = MORE.matcher(html);
        assertThat(m.find()).as("a 'more' link").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private String page(String path, StielUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String htmx(String path, StielUser who) throws Exception {
        return mvc.perform(get(path).header("HX-Request", "true").with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
