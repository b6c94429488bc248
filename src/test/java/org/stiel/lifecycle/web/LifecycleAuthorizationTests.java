package org.stiel.lifecycle.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.lifecycle.QuestionForm;
import org.stiel.lifecycle.Questions;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.Rounds;
import org.stiel.lifecycle.Theme;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.Actions;

/**
 * Who may do what on every lifecycle and action list page, as one table (copied from the partners' matrix). 302 for
 * an anonymous request is the redirect to the login page, and for a successful write the redirect after it; 404 for
 * an admin without a network is the answer for another network's data.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        PARTNER_STAFF,
        STEERING_GROUP,
        VOLUNTEER,
        ADMIN_WITHOUT_NETWORK
    }

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
    Questions questions;

    @Autowired
    Actions actions;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private final Map<String, String> ids = new LinkedHashMap<>();
    private PartnerId partner;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("authz-lifecycle").id();
        partner = fixtures.partner(network, TestNetworks.unique("Eigen partner"), "De partner van de medewerker.");
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        people.put(Who.COORDINATOR, coordinator);
        people.put(Who.PARTNER_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, partner));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));
        var closesOn = LocalDate.now().plusDays(10);
        var open = rounds.open(coordinator, new RoundForm("Open", closesOn));
        var closed = rounds.open(coordinator, new RoundForm("Gesloten", closesOn));
        rounds.close(coordinator, closed);
        ids.put("{open}", open.toString());
        ids.put("{closed}", closed.toString());
        ids.put(
                "{toClose}",
                rounds.open(coordinator, new RoundForm("Te sluiten", closesOn)).toString());
        ids.put("{q}", rounds.questions(network, closed).getFirst().id().toString());
        ids.put(
                "{own}",
                questions
                        .add(coordinator, new QuestionForm(Theme.GOALS, "Eigen?", null))
                        .toString());
        ids.put(
                "{action}",
                actions.create(
                                coordinator,
                                new ActionForm("Actie", null, ActionForm.partnerOwner(partner.value()), null),
                                null)
                        .toString());
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // every member reads the overview, the questions, a round's page and the action list
        for (String path :
                new String[] {"/lifecycle", "/lifecycle/questions", "/lifecycle/rounds/{open}", "/actions"}) {
            rows.add(rows("GET", path, 302, 200, 200, 200, 200, 404));
        }
        // the results of a closed round are for every member; of an open one for the coordinator and steering group
        rows.add(rows("GET", "/lifecycle/rounds/{closed}/results", 302, 200, 200, 200, 200, 404));
        rows.add(rows("GET", "/lifecycle/rounds/{open}/results", 302, 200, 403, 200, 403, 404));
        rows.add(rows("GET", "/lifecycle/compare?from={closed}&to={closed}", 302, 200, 200, 200, 200, 404));
        rows.add(rows("GET", "/lifecycle/compare?from={closed}&to={open}", 302, 200, 403, 200, 403, 404));
        // only those invited answer: partner staff and the steering group
        rows.add(rows("GET", "/lifecycle/rounds/{open}/answers", 302, 403, 200, 200, 403, 404));
        rows.add(rows("POST", "/lifecycle/rounds/{open}/answers", 302, 403, 302, 302, 403, 404));
        // the coordinator runs rounds and the network's own questions
        rows.add(rows("GET", "/lifecycle/rounds/new", 302, 200, 403, 403, 403, 403));
        rows.add(rows("POST", "/lifecycle/rounds", 302, 302, 403, 403, 403, 403));
        rows.add(rows("POST", "/lifecycle/rounds/{toClose}/close", 302, 302, 403, 403, 403, 404));
        rows.add(rows("POST", "/lifecycle/questions", 302, 302, 403, 403, 403, 403));
        rows.add(rows("GET", "/lifecycle/questions/{own}/edit", 302, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/lifecycle/questions/{own}", 302, 302, 403, 403, 403, 404));
        rows.add(rows("POST", "/lifecycle/questions/{own}/retire", 302, 302, 403, 403, 403, 404));
        // the coordinator turns a question into an action and keeps the action list
        rows.add(rows("GET", "/lifecycle/rounds/{closed}/questions/{q}/action", 302, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/lifecycle/rounds/{closed}/questions/{q}/action", 302, 302, 403, 403, 403, 404));
        rows.add(rows("GET", "/actions/new", 302, 200, 403, 403, 403, 403));
        rows.add(rows("POST", "/actions", 302, 302, 403, 403, 403, 403));
        rows.add(rows("GET", "/actions/{action}/edit", 302, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/actions/{action}", 302, 302, 403, 403, 403, 404));
        // the owning partner's staff ticks its action off
        rows.add(rows("POST", "/actions/{action}/status", 302, 302, 302, 403, 403, 404));
        return rows.build().flatMap(s -> s);
    }

    /** One row per person, in the order of {@link Who}. */
    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        String url = path;
        for (var id : ids.entrySet()) {
            url = url.replace(id.getKey(), id.getValue());
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url);
        request.accept(MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            // enough for every form of the table to be valid; each ignores what it does not know
            request.with(csrf())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("title", "Titel")
                    .param("closesOn", LocalDate.now().plusDays(10).toString())
                    .param("theme", "GOALS")
                    .param("text", "Eigen vraag")
                    .param("status", "DONE")
                    // the owner stays the partner of the staff member, who may then tick the action off
                    .param("owner", ActionForm.partnerOwner(partner.value()));
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }
}
