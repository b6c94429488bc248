package org.stiel.offer.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * Who may do what on every offer page and API endpoint, as one table: a row is a request, a person and the status
 * they get. 302 for an anonymous page request is the redirect to the login page; 404 for an admin without a network
 * is the same answer as for another network's data. Successful writes answer 302 (page) or 200/201 (API).
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffersAuthorizationTests {

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
    private static final String PARTNER = "{partner}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private PartnerId partner;
    private OfferId own;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("offer-authz").id();
        partner = fixtures.partner(network, TestNetworks.unique("Eigen partner"), "De partner van de medewerker.");
        var other = fixtures.partner(network, TestNetworks.unique("Andere partner"), "Een andere partner.");
        own = offers.register(
                Actor.system(network, "Test"), partner, TestOffers.weekly("Eigen aanbod", LocalDate.now()));
        people.put(Who.COORDINATOR, fixtures.member(network, NetworkRole.COORDINATOR));
        people.put(Who.OWN_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, partner));
        people.put(Who.OTHER_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, other));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // every member reads; an admin without a network has nothing to read
        for (String path : new String[] {"/offers", "/offers/" + OWN, "/offers/stale", "/offers?stale=true"}) {
            rows.add(rows("GET", path, 302, 200, 200, 200, 200, 200, 404));
        }
        for (String path : new String[] {"/api/v1/offers", "/api/v1/offers/" + OWN}) {
            rows.add(rows("GET", path, 401, 200, 200, 200, 200, 200, 404));
        }
        // a coordinator or the partner's own staff adds an offer of that partner
        rows.add(rows("GET", "/offers/new?partner=" + PARTNER, 302, 200, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/offers?partner=" + PARTNER, 302, 302, 302, 403, 403, 403, 404));
        rows.add(rows("POST", "/api/v1/offers?partner=" + PARTNER, 401, 201, 201, 403, 403, 403, 404));
        // without a partner: staff are sent to their own, a coordinator chooses, others may not
        rows.add(rows("GET", "/offers/new", 302, 200, 302, 302, 403, 403, 404));
        // a coordinator or the partner's own staff changes and confirms an offer
        rows.add(rows("GET", "/offers/" + OWN + "/edit", 302, 200, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/offers/" + OWN, 302, 302, 302, 403, 403, 403, 404));
        rows.add(rows("POST", "/offers/" + OWN + "/verify", 302, 302, 302, 403, 403, 403, 404));
        rows.add(rows("PUT", "/api/v1/offers/" + OWN, 401, 200, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/api/v1/offers/" + OWN + "/verify", 401, 200, 200, 403, 403, 403, 404));
        // only a coordinator keeps the school holidays
        rows.add(rows("GET", "/offers/school-holidays", 302, 200, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/offers/school-holidays", 302, 302, 403, 403, 403, 403, 404));
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
                HttpMethod.valueOf(method),
                path.replace(OWN, own.value().toString())
                        .replace(PARTNER, partner.value().toString()));
        request.accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf());
            if (path.startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content(VALID_JSON);
            } else {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("name", "Aanbod bijgewerkt")
                        .param("kind", "ACTIVITY")
                        .param("audiences", "PARENTS")
                        .param("cost", "FREE")
                        .param("reach", "UNIVERSAL")
                        .param("pillar", "MEETING_OTHERS")
                        .param("status", "ACTIVE")
                        .param("lifeDomains", "LEISURE")
                        .param("schedules[0].dtstart", "2027-03-14")
                        .param("holidays[0].name", "Krokusvakantie")
                        .param("holidays[0].fromDate", "2027-02-08")
                        .param("holidays[0].toDate", "2027-02-21");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    static final String VALID_JSON = """
            {"name": "Aanbod via de API", "kind": "SERVICE", "audiences": ["PARENTS"], "cost": "FREE",
             "reach": "UNIVERSAL", "pillar": "PARENTING_SUPPORT", "status": "ACTIVE", "lifeDomains": ["HEALTH"],
             "schedules": [{"dtstart": "2027-01-05", "freq": "WEEKLY", "byday": "TU", "opensAt": "09:00",
                            "closesAt": "12:00"}]}
            """;
}
