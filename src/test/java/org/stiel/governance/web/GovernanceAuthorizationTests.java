package org.stiel.governance.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.governance.AgreementForm;
import org.stiel.governance.AgreementId;
import org.stiel.governance.Agreements;
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyForm;
import org.stiel.governance.BodyId;
import org.stiel.governance.BodyKind;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.DecisionId;
import org.stiel.governance.Decisions;
import org.stiel.governance.MemberForm;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * Who may do what on every governance page and API endpoint, as one table: a row is a request, a person and the
 * status they get.
 *
 * <p>Reading statuses: 302 for an anonymous page request is the redirect to the login page, 401 for the API; 404 for
 * an admin without a network is the same answer as for another network's data. Successful writes answer 302 (page,
 * redirect) or 201 (API). CHAIR is a steering-group member who chairs the working group; OWN_STAFF works for the
 * partner whose agreement is asked for.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        CHAIR,
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
    Bodies bodies;

    @Autowired
    Decisions decisions;

    @Autowired
    Agreements agreements;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private BodyId body;
    private DecisionId decision;
    private AgreementId agreement;
    private PartnerId third;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("gov-authz").id();
        var own = fixtures.partner(network, TestNetworks.unique("Eigen partner"), "Test");
        var other = fixtures.partner(network, TestNetworks.unique("Andere partner"), "Test");
        third = fixtures.partner(network, TestNetworks.unique("Derde partner"), "Test");
        people.put(Who.COORDINATOR, fixtures.member(network, NetworkRole.COORDINATOR));
        people.put(Who.CHAIR, fixtures.member(network, NetworkRole.STEERING_GROUP, "Voorzitter"));
        people.put(Who.OWN_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, own));
        people.put(Who.OTHER_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, other));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));
        var coordinator = people.get(Who.COORDINATOR);
        body = bodies.create(
                coordinator,
                new BodyForm(
                        TestNetworks.unique("Werkgroep"),
                        BodyKind.WORKING_GROUP,
                        null,
                        people.get(Who.CHAIR).id().value()));
        bodies.addMember(coordinator, body, new MemberForm(own.value(), null, LocalDate.of(2024, 1, 1)));
        bodies.addMember(coordinator, body, new MemberForm(other.value(), null, LocalDate.of(2024, 1, 1)));
        decision = decisions.record(
                coordinator, new DecisionForm("Een beslissing", null, LocalDate.of(2025, 1, 1), body.value()), null);
        agreement = agreements.create(
                coordinator,
                new AgreementForm(
                        own.value(),
                        "Inbreng",
                        "Aanbod",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        LocalDate.of(2025, 1, 1)));
        agreements.attach(coordinator, agreement, "overeenkomst.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // every member reads the bodies, the decision log and the agreement list
        for (String path : new String[] {
            "/governance",
            "/governance/bodies/{body}",
            "/governance/decisions",
            "/governance/decisions?q=beslissing",
            "/governance/decisions/{decision}",
            "/governance/agreements"
        }) {
            rows.add(rows("GET", path, 302, 200, 200, 200, 200, 200, 200, 404));
        }
        for (String path : new String[] {
            "/api/v1/governance/bodies",
            "/api/v1/governance/bodies/{body}",
            "/api/v1/governance/bodies/{body}/history",
            "/api/v1/governance/decisions",
            "/api/v1/governance/decisions?q=wijk&size=2",
            "/api/v1/governance/decisions/{decision}",
            "/api/v1/governance/agreements"
        }) {
            rows.add(rows("GET", path, 401, 200, 200, 200, 200, 200, 200, 404));
        }
        // only a coordinator sets up and changes bodies and their membership
        rows.add(rows("GET", "/governance/bodies/new", 302, 200, 403, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/governance/bodies", 302, 302, 403, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/api/v1/governance/bodies", 401, 201, 403, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/governance/bodies/{body}/edit", 302, 200, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/governance/bodies/{body}", 302, 302, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/governance/bodies/{body}/members", 302, 302, 403, 403, 403, 403, 403, 404));
        rows.add(rows(
                "POST", "/governance/bodies/{body}/members/{third}/leave", 302, 302, 403, 403, 403, 403, 403, 404));
        // the coordinator, or the body's chair, records its decisions
        rows.add(rows("GET", "/governance/decisions/new", 302, 200, 200, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/governance/decisions", 302, 302, 302, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/api/v1/governance/decisions", 401, 201, 201, 403, 403, 403, 403, 404));
        // the coordinator and the partner's own staff read an agreement and its document
        for (String path :
                new String[] {"/governance/agreements/{agreement}", "/governance/agreements/{agreement}/document"}) {
            rows.add(rows("GET", path, 302, 200, 403, 200, 403, 403, 403, 404));
        }
        rows.add(rows("GET", "/api/v1/governance/agreements/{agreement}", 401, 200, 403, 200, 403, 403, 403, 404));
        // only a coordinator enters and changes agreements
        rows.add(rows("GET", "/governance/agreements/new", 302, 200, 403, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/governance/agreements", 302, 302, 403, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/governance/agreements/{agreement}/edit", 302, 200, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/governance/agreements/{agreement}", 302, 302, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/governance/agreements/{agreement}/document", 302, 302, 403, 403, 403, 403, 403, 404));
        return rows.build().flatMap(s -> s);
    }

    /** One row per person, in the order of {@link Who}. */
    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        String url = path.replace("{body}", body.value().toString())
                .replace("{decision}", decision.value().toString())
                .replace("{agreement}", agreement.value().toString())
                .replace("{third}", third.value().toString());
        boolean api = path.startsWith("/api/");
        AbstractMockHttpServletRequestBuilder<?> request = path.endsWith("/document") && method.equals("POST")
                ? multipart(url)
                        .file(new MockMultipartFile("file", "nieuw.pdf", "application/pdf", "%PDF-1.4\n".getBytes()))
                : request(HttpMethod.valueOf(method), url);
        request.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf());
            if (api) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(
                                path.endsWith("/bodies")
                                        ? "{\"name\": \"" + TestNetworks.unique("Groep via de API")
                                                + "\", \"kind\": \"WORKING_GROUP\"}"
                                        : "{\"title\": \"Via de API\", \"decidedOn\": \"2025-02-01\", \"bodyId\": \""
                                                + body.value() + "\"}");
            } else if (!path.endsWith("/document")) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("name", TestNetworks.unique("Groep"))
                        .param("kind", "WORKING_GROUP")
                        // the update keeps the chair, whom later rows need
                        .param("chairId", people.get(Who.CHAIR).id().value().toString())
                        .param("title", "Een nieuwe beslissing")
                        .param("decidedOn", "2025-02-01")
                        .param("bodyId", body.value().toString())
                        .param("partnerId", third.value().toString())
                        .param("joinedOn", "2025-02-01")
                        .param("partnerCommits", "Inbreng")
                        .param("networkOffers", "Aanbod")
                        .param("startsOn", "2025-01-01")
                        .param("endsOn", "2027-12-31");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }
}
