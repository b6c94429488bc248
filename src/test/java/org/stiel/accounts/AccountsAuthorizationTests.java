package org.stiel.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * Who may do what on the pages and API endpoints of accounts and networks, the installation admin's pages and the
 * actuator, as one table: a row is a request, a person and the status they get. To cover a new endpoint add rows; see
 * also {@code PartnersAuthorizationTests}.
 *
 * <p>Reading statuses: 302 for an anonymous page request is the redirect to the login page, 401 for an anonymous API
 * request; 403 for a role that may not; 404 for an admin without a network and for a coordinator of another network
 * who names this network's people, invitations or tokens. Successful page writes answer 302 (a redirect) or 200 (a
 * page, such as the one showing a new token's secret).
 *
 * <p>Every row is independent of the others and of their order: what a write removes ({@value #MEMBER},
 * {@value #INVITATION}, {@value #TOKEN}, {@value #OWN_TOKEN}) is made afresh for that row; what it adds is new each time
 * (unique e-mail addresses and slugs); the password change sets the same password again.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        PARTNER_STAFF,
        STEERING_GROUP,
        VOLUNTEER,
        ADMIN_WITHOUT_NETWORK,
        /** A coordinator of another network: for them the first network's people and invitations do not exist. */
        OTHER_COORDINATOR
    }

    /** A fresh member of the network, made for the row (removing them is destructive). */
    private static final String MEMBER = "{member}";
    /** A fresh pending invitation of the network, made for the row. */
    private static final String INVITATION = "{invitation}";
    /** A fresh token of the network's coordinator: nobody else may revoke it. */
    private static final String TOKEN = "{token}";
    /** A fresh token of the person making the request (a random id for someone who cannot have one). */
    private static final String OWN_TOKEN = "{own-token}";
    /** A network that only the admin's edit rows change, so that no other fixture depends on it. */
    private static final String TARGET = "{target}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Invitations invitations;

    @Autowired
    PersonalAccessTokens tokens;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private TestNetworks fixtures;
    private NetworkId network;
    private NetworkId target;
    private final Map<Bearer, String> secrets = new EnumMap<>(Bearer.class);

    @BeforeAll
    void world() {
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network("authz-accounts").id();
        target = fixtures.network("authz-target").id();
        var partner = fixtures.partner(network, TestNetworks.unique("Partner"), "De partner van de medewerker.");
        people.put(Who.COORDINATOR, fixtures.member(network, NetworkRole.COORDINATOR));
        people.put(Who.PARTNER_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, partner));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));
        var other = fixtures.network("authz-other").id();
        people.put(Who.OTHER_COORDINATOR, fixtures.member(other, NetworkRole.COORDINATOR));

        secrets.put(Bearer.COORDINATOR, tokens.create(people.get(Who.COORDINATOR), "matrix"));
        // an admin can only hold a token for a network they belong to
        var admin = accounts.register(TestNetworks.email("admin"), "Test admin", TestNetworks.PASSWORD, true);
        accounts.join(Actor.system(network, "Test"), admin, NetworkRole.VOLUNTEER, Optional.empty());
        secrets.put(Bearer.ADMIN, tokens.create(accounts.reload(admin, network), "matrix"));
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // public pages: the same answer for everyone, signed in or not; unknown links are 404, not a login redirect
        rows.add(rows("GET", "/login", 200, 200, 200, 200, 200, 200, 200));
        rows.add(rows("GET", "/password/forgot", 200, 200, 200, 200, 200, 200, 200));
        rows.add(rows("POST", "/password/forgot", 200, 200, 200, 200, 200, 200, 200));
        rows.add(rows("GET", "/password/reset/unknown-link", 404, 404, 404, 404, 404, 404, 404));
        rows.add(rows("GET", "/invitations/unknown-link", 404, 404, 404, 404, 404, 404, 404));
        rows.add(rows("GET", "/actuator/health", 200, 200, 200, 200, 200, 200, 200));

        // every member sees the people of their network; changes are for coordinators of this network
        rows.add(rows("GET", "/members", 302, 200, 200, 200, 200, 403, 200));
        rows.add(rows("POST", "/members/invitations", 302, 302, 403, 403, 403, 403, 302));
        rows.add(rows("POST", "/members/" + MEMBER + "/remove", 302, 302, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/members/invitations/" + INVITATION + "/withdraw", 302, 302, 403, 403, 403, 403, 404));

        // one's own account; tokens belong to a network, so an admin without one has none
        rows.add(rows("GET", "/account", 302, 200, 200, 200, 200, 200, 200));
        rows.add(rows("POST", "/account/password", 302, 302, 302, 302, 302, 302, 302));
        rows.add(rows("POST", "/account/tokens", 302, 200, 200, 200, 200, 404, 200));
        rows.add(rows("POST", "/account/tokens/" + OWN_TOKEN + "/revoke", 302, 302, 302, 302, 302, 404, 302));
        rows.add(rows("POST", "/account/tokens/" + TOKEN + "/revoke", 302, 302, 404, 404, 404, 404, 404));

        // one switches only to a network one belongs to
        rows.add(rows("POST", "/network/switch", 302, 302, 302, 302, 302, 404, 404));

        rows.add(rows("GET", "/api/v1/networks", 401, 200, 200, 200, 200, 200, 200));
        rows.add(rows("GET", "/api/v1/networks/current", 401, 200, 200, 200, 200, 404, 200));

        // the installation admin's pages and metrics
        for (String path : new String[] {
            "/admin/networks", "/admin/networks/new", "/admin/networks/" + TARGET + "/edit", "/admin/outbox",
        }) {
            rows.add(rows("GET", path, 302, 403, 403, 403, 403, 200, 403));
        }
        rows.add(rows("POST", "/admin/networks", 302, 403, 403, 403, 403, 302, 403));
        rows.add(rows("POST", "/admin/networks/" + TARGET, 302, 403, 403, 403, 403, 302, 403));
        rows.add(rows("GET", "/actuator/prometheus", 401, 403, 403, 403, 403, 200, 403));
        return rows.build().flatMap(s -> s);
    }

    /** One row per person, in the order of {@link Who}. */
    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        StielUser person = people.get(who);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolve(path, person));
        accept(request, path);
        if (!method.equals("GET")) {
            request.with(csrf());
            form(request);
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(person));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    /** Whose personal access token a request carries. */
    enum Bearer {
        COORDINATOR,
        /** An installation admin who is also a member, since a token belongs to a network. */
        ADMIN
    }

    /**
     * Personal access tokens are for the API only: on pages a token signs nobody in, so the request gets what an
     * anonymous one gets (the login page, or 403 for a write without a CSRF token), never the holder's rights.
     */
    static Stream<Arguments> bearer() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/networks/current", Bearer.COORDINATOR, 200),
                Arguments.of("GET", "/api/v1/networks/current", Bearer.ADMIN, 200),
                Arguments.of("GET", "/api/v1/networks", Bearer.COORDINATOR, 200),
                Arguments.of("GET", "/account", Bearer.COORDINATOR, 302),
                Arguments.of("GET", "/members", Bearer.COORDINATOR, 302),
                Arguments.of("POST", "/account/tokens", Bearer.COORDINATOR, 403),
                Arguments.of("POST", "/network/switch", Bearer.COORDINATOR, 403),
                Arguments.of("GET", "/admin/outbox", Bearer.ADMIN, 302),
                Arguments.of("GET", "/admin/networks", Bearer.ADMIN, 302));
    }

    @ParameterizedTest(name = "{0} {1} with a token of the {2} → {3}")
    @MethodSource("bearer")
    void tokens(String method, String path, Bearer holder, int expected) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        accept(request, path);
        request.header("Authorization", "Bearer " + secrets.get(holder));
        if (!method.equals("GET")) {
            // no CSRF token: an API client has none, and a token must not stand in for one on a page
            form(request);
        }
        var result = mvc.perform(request).andExpect(status().is(expected));
        if (expected == 302) {
            result.andExpect(redirectedUrl("/login"));
        }
    }

    /** As a browser does for pages (Spring Security sends browsers, not API clients, to the login page). */
    private static void accept(MockHttpServletRequestBuilder request, String path) {
        if (path.startsWith("/api/")) {
            request.accept(MediaType.APPLICATION_JSON);
        } else if (path.startsWith("/actuator/")) {
            // as a monitoring client asks
            request.accept(MediaType.ALL);
        } else {
            request.accept(MediaType.TEXT_HTML);
        }
    }

    /** One form that each write of the table accepts: it takes the fields it knows and ignores the rest. */
    private void form(MockHttpServletRequestBuilder request) {
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                // invitation and "forgot password"
                .param("email", TestNetworks.email("matrix"))
                .param("role", NetworkRole.VOLUNTEER.name())
                // password change: the same password again, so that the next row signs in with it as well
                .param("currentPassword", TestNetworks.PASSWORD)
                .param("newPassword", TestNetworks.PASSWORD)
                // token name and network name
                .param("name", "Huis van het Kind matrix")
                // network switch
                .param("networkId", network.value().toString())
                // a network of the admin: a new slug each time is free, also for the network being edited
                .param("slug", TestNetworks.slug("matrix"))
                .param("municipalities[0].name", "Eerste")
                .param("municipalities[0].postcodes", "9990, 9991")
                .param("municipalities[1].name", "Tweede")
                .param("municipalities[1].postcodes", "9992");
    }

    /** Fills the placeholders of a path, making what a row removes afresh. */
    private String resolve(String path, StielUser person) {
        if (path.contains(MEMBER)) {
            var member = fixtures.member(network, NetworkRole.VOLUNTEER);
            path = path.replace(MEMBER, member.id().value().toString());
        }
        if (path.contains(INVITATION)) {
            String email = TestNetworks.email("invited");
            invitations.invite(Actor.system(network, "Test"), email, NetworkRole.VOLUNTEER, Optional.empty());
            var invitation = invitations.pending(network).stream()
                    .filter(i -> i.email().equals(email))
                    .findFirst()
                    .orElseThrow();
            path = path.replace(INVITATION, invitation.id().toString());
        }
        if (path.contains(TOKEN)) {
            path = path.replace(TOKEN, freshToken(people.get(Who.COORDINATOR)).toString());
        }
        if (path.contains(OWN_TOKEN)) {
            boolean mayHaveOne = person != null && person.current().isPresent();
            path = path.replace(OWN_TOKEN, (mayHaveOne ? freshToken(person) : UUID.randomUUID()).toString());
        }
        return path.replace(TARGET, target.value().toString());
    }

    private UUID freshToken(StielUser owner) {
        String name = TestNetworks.unique("matrix");
        tokens.create(owner, name);
        return tokens.list(owner).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
