package org.stiel.planning.web;

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
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionId;
import org.stiel.planning.Actions;
import org.stiel.planning.ChallengeForm;
import org.stiel.planning.ChallengeId;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.Challenges;
import org.stiel.planning.GoalForm;
import org.stiel.planning.GoalId;
import org.stiel.planning.Goals;

/**
 * Who may do what on every plan page and API endpoint, as one table: a row is a request, a person and the status they
 * get (the pattern of {@code PartnersAuthorizationTests}).
 *
 * <p>302 for an anonymous page request is the redirect to the login page, for a successful write the redirect back to
 * the page; 404 for an admin without a network is the answer for another network's data. "Own staff" work for the
 * partner responsible for the action; "other staff" for another partner of the network.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        OWN_STAFF,
        OTHER_STAFF,
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
    Challenges challenges;

    @Autowired
    Goals goals;

    @Autowired
    Actions actions;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("plan-authz");
        PartnerId own = fixtures.partner(network.id(), TestNetworks.unique("Trekkende partner"), "Trekt de actie.");
        PartnerId other = fixtures.partner(network.id(), TestNetworks.unique("Andere partner"), "Een andere partner.");
        people.put(Who.COORDINATOR, fixtures.member(network.id(), NetworkRole.COORDINATOR));
        people.put(Who.OWN_STAFF, fixtures.member(network.id(), NetworkRole.PARTNER_STAFF, own));
        people.put(Who.OTHER_STAFF, fixtures.member(network.id(), NetworkRole.PARTNER_STAFF, other));
        people.put(Who.STEERING_GROUP, fixtures.member(network.id(), NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network.id(), NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network.id()));

        ChallengeId challenge = challenges.propose(
                Actor.system(network.id(), "Test"),
                new ChallengeForm("Gezinnen vinden de weg niet", null, ChallengeSource.FAMILIES),
                people.get(Who.VOLUNTEER).id());
        GoalId goal = goals.create(
                Actor.system(network.id(), "Test"), new GoalForm("Eén deur", null, null, LocalDate.of(2027, 6, 1)));
        var form = new ActionForm("Infoavond", null, "", LocalDate.of(2027, 3, 1));
        form.setGoalId(goal.value());
        form.setResponsiblePartner(own.value());
        ActionId action = actions.create(Actor.system(network.id(), "Test"), form, null);
        ids.put("{challenge}", challenge.toString());
        ids.put("{goal}", goal.toString());
        ids.put("{action}", action.toString());
        ids.put("{own}", own.value().toString());
        ids.put("{slug}", network.slug());
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // every member reads the plan; an admin without a network has nothing to read
        for (String path : new String[] {
            "/plan",
            "/plan/board",
            "/plan/mine",
            "/plan/overdue",
            "/plan/quick-wins",
            "/plan/challenges",
            "/plan/goals/{goal}",
            "/actions",
            "/actions?status=OPEN",
            "/actions?goal=none"
        }) {
            rows.add(rows("GET", path, Map.of(), 302, 200, 200, 200, 200, 200, 404));
        }
        for (String path : new String[] {
            "/api/v1/plan/goals",
            "/api/v1/plan/goals/{goal}",
            "/api/v1/plan/goals/{goal}/actions",
            "/api/v1/plan/actions",
            "/api/v1/plan/actions?status=DONE",
            "/api/v1/plan/actions/{action}"
        }) {
            rows.add(rows("GET", path, Map.of(), 401, 200, 200, 200, 200, 200, 404));
        }
        // the public page is for everyone, without logging in
        rows.add(rows("GET", "/plan/{slug}", Map.of(), 200, 200, 200, 200, 200, 200, 200));
        // members propose challenges; staff vote for their partner; the coordinator decides
        rows.add(rows(
                "POST",
                "/plan/challenges",
                Map.of("title", "Een uitdaging", "source", "CONTEXT"),
                302,
                302,
                302,
                302,
                302,
                302,
                403));
        rows.add(rows(
                "POST",
                "/plan/challenges/{challenge}/vote",
                Map.of("support", "true"),
                302,
                403,
                302,
                302,
                403,
                403,
                404));
        rows.add(rows(
                "POST",
                "/plan/challenges/{challenge}/decision",
                Map.of("status", "PRIORITISED", "priority", "1"),
                302,
                302,
                403,
                403,
                403,
                403,
                404));
        // only a coordinator sets goals and publishes them
        rows.add(rows("GET", "/plan/goals/new", Map.of(), 302, 200, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/plan/goals", Map.of("title", "Nieuw doel"), 302, 302, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/plan/goals/{goal}/edit", Map.of(), 302, 200, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/plan/goals/{goal}", Map.of("title", "Eén deur"), 302, 302, 403, 403, 403, 403, 404));
        rows.add(rows(
                "POST",
                "/plan/goals/{goal}/published",
                Map.of("published", "true"),
                302,
                302,
                403,
                403,
                403,
                403,
                404));
        // only a coordinator adds and changes actions
        rows.add(rows("GET", "/actions/new", Map.of(), 302, 200, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/actions/new?goal={goal}", Map.of(), 302, 200, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/actions", Map.of("title", "Nieuwe actie"), 302, 302, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/actions/{action}/edit", Map.of(), 302, 200, 403, 403, 403, 403, 404));
        rows.add(rows(
                "POST",
                "/actions/{action}",
                Map.of("title", "Infoavond", "goalId", "{goal}", "responsiblePartner", "{own}"),
                302,
                302,
                403,
                403,
                403,
                403,
                404));
        // the coordinator and the responsible partner's staff move an action on
        rows.add(rows(
                "POST",
                "/actions/{action}/status",
                Map.of("status", "IN_PROGRESS", "progress", "40"),
                302,
                302,
                302,
                403,
                403,
                403,
                404));
        rows.add(rows("PUT", "/api/v1/plan/actions/{action}/progress", Map.of(), 401, 200, 200, 403, 403, 403, 404));
        return rows.build().flatMap(s -> s);
    }

    /** One row per person, in the order of {@link Who}. */
    private static Stream<Arguments> rows(String method, String path, Map<String, String> params, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()], params));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), fill(path));
        request.accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf());
            if (path.startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"IN_PROGRESS\", \"progress\": 50}");
            } else {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
                params.forEach((name, value) -> request.param(name, fill(value)));
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    private String fill(String text) {
        String filled = text;
        for (var e : ids.entrySet()) {
            filled = filled.replace(e.getKey(), e.getValue());
        }
        return filled;
    }
}
