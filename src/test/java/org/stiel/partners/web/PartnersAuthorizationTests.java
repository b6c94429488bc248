package org.stiel.partners.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
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
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * Who may do what on every partner page and API endpoint, as one table: a row is a request, a person and the status
 * they get. To cover a new endpoint add rows; another module copies this class and its own {@link Who}s.
 *
 * <p>Reading statuses: 302 for an anonymous page request is the redirect to the login page; 404 for an admin without a
 * network is the same answer as for another network's data. Successful writes answer 302 (page, redirect to the
 * partner) or 200/201 (API).
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnersAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        OWN_STAFF,
        OTHER_STAFF,
        STEERING_GROUP,
        VOLUNTEER,
        ADMIN_WITHOUT_NETWORK
    }

    private static final String OWN = "{own}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private PartnerId own;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("authz").id();
        own = fixtures.partner(network, TestNetworks.unique("Eigen partner"), "De partner van de medewerker.");
        var other = fixtures.partner(network, TestNetworks.unique("Andere partner"), "Een andere partner.");
        people.put(Who.COORDINATOR, fixtures.member(network, NetworkRole.COORDINATOR));
        people.put(Who.OWN_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, own));
        people.put(Who.OTHER_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, other));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // every member reads; an admin without a network has nothing to read
        for (String path : new String[] {
            "/partners", "/partners/" + OWN, "/partners/coverage", "/feed",
        }) {
            rows.add(rows("GET", path, 302, 200, 200, 200, 200, 200, 404));
        }
        for (String path : new String[] {"/api/v1/partners", "/api/v1/partners/" + OWN, "/api/v1/networks/current"}) {
            rows.add(rows("GET", path, 401, 200, 200, 200, 200, 200, 404));
        }
        // only a coordinator adds partners
        rows.add(rows("GET", "/partners/new", 302, 200, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/partners", 302, 302, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/api/v1/partners", 401, 201, 403, 403, 403, 403, 403));
        // a coordinator or the partner's own staff changes a partner
        rows.add(rows("GET", "/partners/" + OWN + "/edit", 302, 200, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/partners/" + OWN, 302, 302, 302, 403, 403, 403, 404));
        rows.add(rows("PUT", "/api/v1/partners/" + OWN, 401, 200, 200, 403, 403, 403, 404));
        // only a coordinator ties people to a partner
        rows.add(rows("POST", "/partners/" + OWN + "/staff", 302, 302, 403, 403, 403, 403, 404));
        return rows.build().flatMap(s -> s);
    }

    /** One row per person, in the order of {@link Who}. */
    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        MockHttpServletRequestBuilder request = request(
                HttpMethod.valueOf(method), path.replace(OWN, own.value().toString()));
        // as a browser does: Spring Security sends browsers, not API clients, to the login page
        request.accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf());
            if (path.startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content(VALID_JSON);
            } else {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("name", "Eigen partner bijgewerkt")
                        .param("kind", "LIBRARY")
                        .param("reach", "UNIVERSAL")
                        .param("lifeDomains", "LEISURE", "EDUCATION")
                        .param("email", "nieuwe-medewerker@stiel.example");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    static final String VALID_JSON = """
            {"name": "Partner via de API", "kind": "LIBRARY", "reach": "UNIVERSAL",
             "lifeDomains": ["EDUCATION", "LEISURE"],
             "locations": [{"street": "Markt 1", "postcode": "9990", "city": "Eerste"}]}
            """;
}
