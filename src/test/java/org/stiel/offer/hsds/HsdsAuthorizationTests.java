package org.stiel.offer.hsds;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * Who may import and export, as one table (copied from the partners' table): a row is a request, a person and the
 * status they get. Coordinators import; coordinators and partner staff export; everyone reads the public HSDS API.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        OWN_STAFF,
        OTHER_STAFF,
        STEERING_GROUP,
        VOLUNTEER,
        ADMIN_WITHOUT_NETWORK
    }

    private static final String JOB = "{job}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    HsdsExchange exchange;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private UUID job;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("hsds-authz").id();
        PartnerId own = fixtures.partner(network, TestNetworks.unique("Eigen partner"), "De partner.");
        var other = fixtures.partner(network, TestNetworks.unique("Andere partner"), "Een andere partner.");
        people.put(Who.COORDINATOR, fixtures.member(network, NetworkRole.COORDINATOR));
        people.put(Who.OWN_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, own));
        people.put(Who.OTHER_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, other));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));
        job = exchange.upload(people.get(Who.COORDINATOR), "a.json", HsdsImportTests.bytes(file()))
                .id();
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // the HSDS read API is public
        rows.add(rows("GET", "/api/hsds/services", 200, 200, 200, 200, 200, 200, 200));
        rows.add(rows("GET", "/api/hsds/taxonomies", 200, 200, 200, 200, 200, 200, 200));
        // only a coordinator imports
        rows.add(rows("GET", "/hsds/import", 302, 200, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/hsds/import", 302, 302, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/hsds/import/" + JOB, 302, 200, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/api/v1/hsds/import?preview=true", 401, 200, 403, 403, 403, 403, 403));
        // coordinators and partner staff export
        rows.add(rows("GET", "/api/v1/hsds/export.json", 401, 200, 200, 200, 403, 403, 403));
        rows.add(rows("GET", "/api/v1/hsds/export.zip", 401, 200, 200, 200, 403, 403, 403));
        return rows.build().flatMap(s -> s);
    }

    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        String url = path.replace(JOB, job.toString());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (method.equals("POST") && !url.startsWith("/api/")) {
            request = multipart(url)
                    .file(new MockMultipartFile("file", "a.json", "application/json", HsdsImportTests.bytes(file())));
        } else {
            request = request(HttpMethod.valueOf(method), url);
        }
        request.accept(
                url.endsWith(".zip")
                        ? MediaType.ALL
                        : url.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (method.equals("POST")) {
            request.with(csrf());
            if (url.startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content(file());
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    private static String file() {
        return HsdsImportTests.good("authz-org", "authz-svc", "authz-loc");
    }
}
