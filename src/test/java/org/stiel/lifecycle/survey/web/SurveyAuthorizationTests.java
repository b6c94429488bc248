package org.stiel.lifecycle.survey.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
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
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * Who may do what on every survey page, as one table (after {@code PartnersAuthorizationTests}): a row is a request, a
 * person and the status they get. A representative was invited to the round for their partner; late staff joined the
 * network after the round opened, so they were not invited and may not answer.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        REPRESENTATIVE,
        LATE_STAFF,
        STEERING_GROUP,
        VOLUNTEER,
        ADMIN_WITHOUT_NETWORK
    }

    private static final String ROUND = "{round}";
    private static final String CLOSED = "{closed}";

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

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private RoundId round;
    private RoundId closed;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("survey-authz").id();
        var own = fixtures.partner(network, TestNetworks.unique("Eigen partner"), "De partner van de medewerker.");
        var other = fixtures.partner(network, TestNetworks.unique("Andere partner"), "Een andere partner.");
        people.put(Who.COORDINATOR, fixtures.member(network, NetworkRole.COORDINATOR));
        people.put(Who.REPRESENTATIVE, fixtures.member(network, NetworkRole.PARTNER_STAFF, own));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));
        closed = rounds.open(
                Actor.system(network, "Test"),
                new RoundForm("Gesloten ronde", LocalDate.now().plusDays(20)),
                LocalDate.now(),
                false);
        rounds.close(Actor.system(network, "Test"), closed, java.time.Instant.now());
        round = rounds.open(
                Actor.system(network, "Test"),
                new RoundForm("Autorisatieronde", LocalDate.now().plusDays(20)),
                LocalDate.now(),
                false);
        people.put(Who.LATE_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, other));
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // members who take part in the network's self-assessment read the results, partner staff once the round is
        // closed; volunteers do not
        rows.add(rows("GET", "/lifecycle/survey", 302, 200, 200, 200, 200, 403, 404));
        rows.add(rows("GET", "/lifecycle/rounds/" + ROUND + "/survey/results", 302, 200, 403, 403, 200, 403, 404));
        rows.add(rows("GET", "/lifecycle/rounds/" + CLOSED + "/survey/results", 302, 200, 200, 200, 200, 403, 404));
        rows.add(rows(
                "GET",
                "/lifecycle/rounds/" + CLOSED + "/survey/results?compare=" + ROUND,
                302,
                200,
                403,
                403,
                200,
                403,
                404));
        // only the partner's invited representative answers
        rows.add(rows("GET", "/lifecycle/rounds/" + ROUND + "/survey", 302, 403, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/lifecycle/rounds/" + ROUND + "/survey", 302, 403, 302, 403, 403, 403, 404));
        // exports are for the coordinator and the steering group
        rows.add(rows("GET", "/lifecycle/rounds/" + ROUND + "/survey/results.csv", 302, 200, 403, 403, 200, 403, 404));
        rows.add(rows("GET", "/lifecycle/rounds/" + ROUND + "/survey/results.pdf", 302, 200, 403, 403, 200, 403, 404));
        return rows.build().flatMap(s -> s);
    }

    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        MockHttpServletRequestBuilder request = request(
                HttpMethod.valueOf(method),
                path.replace(ROUND, round.value().toString())
                        .replace(CLOSED, closed.value().toString()));
        request.accept(MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("temperature", "12")
                    .param("save", "save");
        }
        Optional.ofNullable(people.get(who)).ifPresent(person -> request.with(user(person)));
        mvc.perform(request).andExpect(status().is(expected));
    }
}
