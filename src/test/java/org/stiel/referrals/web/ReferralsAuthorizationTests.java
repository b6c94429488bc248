package org.stiel.referrals.web;

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
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.referrals.ReferralId;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/**
 * Who may do what on every referral page and API endpoint, as one table: a row is a request, a person and the status
 * they get. {@code {draft}}, {@code {sent}} and {@code {opened}} stand for a fresh referral in that state from the
 * sending to the receiving partner, made for each request.
 *
 * <p>Reading statuses: 302 for an anonymous page request is the redirect to the login page (for the coordinator on
 * {@code /referrals}, the redirect to the numbers); 404 for another network's referral and for a draft the recipient
 * cannot see yet; 409 for a step the lifecycle refuses to that side; a referral to one's own partner is
 * refused: the form again with the error next to the recipient (200), 422 problem JSON in the API.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralsAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        SENDER_STAFF,
        RECIPIENT_STAFF,
        THIRD_STAFF,
        STEERING_GROUP,
        VOLUNTEER,
        OTHER_NETWORK_COORDINATOR
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
    Referrals referrals;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private ReferralWorld world;

    @BeforeAll
    void world() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
        people.put(Who.COORDINATOR, world.coordinator);
        people.put(Who.SENDER_STAFF, world.sender);
        people.put(Who.RECIPIENT_STAFF, world.recipient);
        people.put(Who.THIRD_STAFF, world.third);
        people.put(Who.STEERING_GROUP, world.steering);
        people.put(Who.VOLUNTEER, world.volunteer);
        var other = new TestNetworks(networks, accounts, partners).network("other");
        referrals.publishConsentText(Actor.system(other.id(), "Test"), "Tekst van het andere netwerk.");
        people.put(
                Who.OTHER_NETWORK_COORDINATOR,
                new TestNetworks(networks, accounts, partners).member(other.id(), NetworkRole.COORDINATOR));
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // pages of partner staff
        rows.add(rows("GET", "/referrals", 302, 302, 200, 200, 200, 403, 403, 302));
        for (String path : new String[] {
            "/referrals/sent", "/referrals/new", "/referrals/subject-access", "/referrals/notifications"
        }) {
            rows.add(rows("GET", path, 302, 403, 200, 200, 200, 403, 403, 403));
        }
        rows.add(rows("POST", "/referrals", 302, 403, 302, 200, 302, 403, 403, 403));
        rows.add(rows("POST", "/referrals/notifications/read", 302, 403, 302, 302, 302, 403, 403, 403));
        // one referral: the two partners only; another network's does not exist
        rows.add(rows("GET", "/referrals/{sent}", 302, 403, 200, 200, 403, 403, 403, 404));
        rows.add(rows("GET", "/referrals/{sent}/access-log", 302, 403, 200, 200, 403, 403, 403, 404));
        rows.add(rows("POST", "/referrals/{draft}/send", 302, 403, 302, 404, 403, 403, 403, 404));
        rows.add(rows("POST", "/referrals/{opened}/transition", 302, 403, 409, 302, 403, 403, 403, 404));
        rows.add(rows("POST", "/referrals/{sent}/withdraw", 302, 403, 302, 302, 403, 403, 403, 404));
        rows.add(rows("POST", "/referrals/{sent}/assign", 302, 403, 403, 302, 403, 403, 403, 404));
        // subject access and erasure: staff, for their own partner's referrals
        for (String path : new String[] {
            "/referrals/subject-access", "/referrals/subject-access/export.json", "/referrals/subject-access/export.pdf"
        }) {
            rows.add(rows("POST", path, 302, 403, 200, 200, 200, 403, 403, 403));
        }
        rows.add(rows("POST", "/referrals/subject-access/erase", 302, 403, 302, 302, 302, 403, 403, 403));
        // the coordinator's pages (another network's coordinator sees their own network)
        rows.add(rows("GET", "/referrals/dashboard", 302, 200, 403, 403, 403, 403, 403, 200));
        rows.add(rows("GET", "/referrals/consent-texts", 302, 200, 200, 200, 200, 403, 403, 200));
        rows.add(rows("POST", "/referrals/consent-texts", 302, 302, 403, 403, 403, 403, 403, 302));
        // the API
        rows.add(rows("POST", "/api/v1/referrals", 401, 403, 201, 422, 201, 403, 403, 403));
        rows.add(rows("POST", "/api/v1/referrals/{draft}/send", 401, 403, 200, 404, 403, 403, 403, 404));
        rows.add(rows("POST", "/api/v1/referrals/{opened}/transitions", 401, 403, 409, 200, 403, 403, 403, 404));
        rows.add(rows("GET", "/api/v1/referrals/inbox", 401, 403, 200, 200, 200, 403, 403, 403));
        rows.add(rows("GET", "/api/v1/referrals/sent", 401, 403, 200, 200, 200, 403, 403, 403));
        rows.add(rows("GET", "/api/v1/referrals/notifications", 401, 403, 200, 200, 200, 403, 403, 403));
        rows.add(rows("GET", "/api/v1/referrals/inbox/services", 401, 403, 200, 200, 200, 403, 403, 403));
        rows.add(rows("GET", "/api/v1/referrals/services", 401, 403, 200, 200, 200, 403, 403, 403));
        rows.add(rows("GET", "/api/v1/referrals/{sent}", 401, 403, 200, 200, 403, 403, 403, 404));
        rows.add(rows("GET", "/api/v1/referrals/{sent}/access-log", 401, 403, 200, 200, 403, 403, 403, 404));
        rows.add(rows("GET", "/api/v1/referrals/statistics", 401, 200, 403, 403, 403, 403, 403, 200));
        // another network's coordinator reads their own network's text
        rows.add(rows("GET", "/api/v1/referrals/consent-text", 401, 200, 200, 200, 200, 403, 403, 200));
        return rows.build().flatMap(s -> s);
    }

    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        String resolved = path;
        if (path.contains("{draft}")) {
            resolved = path.replace("{draft}", world.draft().toString());
        } else if (path.contains("{sent}")) {
            resolved = path.replace("{sent}", world.sent().toString());
        } else if (path.contains("{opened}")) {
            ReferralId id = world.sent();
            referrals.read(world.recipient, id, false);
            resolved = path.replace("{opened}", id.toString());
        }
        boolean api = path.startsWith("/api/");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolved);
        request.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf());
            if (api) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(path.endsWith("/transitions") ? "{\"action\": \"ACCEPT\"}" : json());
            } else {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("action", "ACCEPT")
                        .param("q", "niemand-" + System.nanoTime())
                        .param("confirm", "true")
                        .param("body", "Nieuwe toestemmingstekst.")
                        .param("recipientPartnerId", world.recipientPartner.toString())
                        .param("contactName", "Test")
                        .param("preferredContact", "THROUGH_REFERRER")
                        .param("lifeDomain", "HEALTH")
                        .param("need", "Een vraag")
                        .param("urgency", "NORMAL")
                        .param("consentGivenBy", "Mama")
                        .param("consentGivenOn", "2026-01-05")
                        .param("consentMethod", "VERBAL")
                        .param("consentPurpose", "Contact")
                        .param("consentTextVersion", String.valueOf(world.consentVersion))
                        .param("intent", "send");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    private String json() {
        return """
                {"recipientPartnerId": "%s", "contactName": "Test", "preferredContact": "THROUGH_REFERRER",
                 "lifeDomain": "HEALTH", "need": "Een vraag", "urgency": "NORMAL",
                 "consentGivenBy": "Mama", "consentGivenOn": "2026-01-05", "consentMethod": "VERBAL",
                 "consentPurpose": "Contact", "consentTextVersion": %d}
                """.formatted(world.recipientPartner, world.consentVersion);
    }
}
