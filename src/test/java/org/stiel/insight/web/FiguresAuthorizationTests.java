package org.stiel.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stiel.insight.FigureWorld.EERSTE;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.insight.ContextFigures;
import org.stiel.insight.FigureId;
import org.stiel.insight.FigureWorld;
import org.stiel.insight.IndicatorView;
import org.stiel.insight.Indicators;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;

/**
 * Who reads and changes the context figures, as one table: the coordinator everything; the steering group reads all;
 * partner staff read the figures of shared indicators only (BIRTHS here, not DEPRIVATION_INDEX); volunteers, an
 * administrator without a network and another network's coordinator find nothing (404). 302 for an anonymous request
 * is the way to the login page.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        STEERING_GROUP,
        PARTNER_STAFF,
        VOLUNTEER,
        OTHER_NETWORK,
        ADMIN_WITHOUT_NETWORK
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ContextFigures figures;

    @Autowired
    Indicators indicators;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private FigureWorld world;
    private FigureWorld other;
    private FigureId shared;
    private FigureId unshared;
    private FigureId doomed;

    @BeforeAll
    void world() {
        world = new FigureWorld(networks, accounts, partners, jdbc, "figures-authz");
        // another network with the same municipalities' codes: its figures and ours must not meet
        other = new FigureWorld(networks, accounts, partners, jdbc, "figures-other");
        people.put(Who.COORDINATOR, world.coordinator);
        people.put(Who.STEERING_GROUP, world.member(NetworkRole.STEERING_GROUP));
        people.put(Who.PARTNER_STAFF, world.member(NetworkRole.PARTNER_STAFF));
        people.put(Who.VOLUNTEER, world.member(NetworkRole.VOLUNTEER));
        people.put(Who.OTHER_NETWORK, other.coordinator);
        people.put(Who.ADMIN_WITHOUT_NETWORK, world.fixtures.adminWithoutNetwork(world.network));
        indicators.share(world.coordinator, "BIRTHS", true);
        shared = figures.enter(world.coordinator, FigureWorld.year("BIRTHS", EERSTE, 2024, "777"));
        unshared = figures.enter(world.coordinator, FigureWorld.year("DEPRIVATION_INDEX", EERSTE, 2024, "18"));
        doomed = figures.enter(world.coordinator, FigureWorld.year("BIRTHS", EERSTE, 2020, "700"));
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // lists answer every reader with their own network's figures
        rows.add(rows("GET", "/insight/figures", 302, 200, 200, 200, 404, 200, 404));
        rows.add(rows("GET", "/insight/figures?indicator=BIRTHS", 302, 200, 200, 200, 404, 200, 404));
        rows.add(rows("GET", "/insight/figures?indicator=DEPRIVATION_INDEX", 302, 200, 200, 404, 404, 200, 404));
        rows.add(rows("GET", "/insight/figures/indicators", 302, 200, 200, 200, 404, 200, 404));
        rows.add(rows("GET", "/insight/figures/export.csv?indicator=BIRTHS", 302, 200, 200, 200, 404, 200, 404));
        rows.add(rows(
                "GET", "/insight/figures/export.xlsx?indicator=DEPRIVATION_INDEX", 302, 200, 200, 404, 404, 200, 404));
        // one figure, one trend: only where the figure's network and indicator allow
        rows.add(rows("GET", "/insight/figures/{shared}", 302, 200, 200, 200, 404, 404, 404));
        rows.add(rows("GET", "/insight/figures/{unshared}", 302, 200, 200, 404, 404, 404, 404));
        rows.add(rows(
                "GET",
                "/insight/figures/trend?indicator=BIRTHS&municipality=" + EERSTE,
                302,
                200,
                200,
                200,
                404,
                200,
                404));
        rows.add(rows(
                "GET",
                "/insight/figures/trend?indicator=DEPRIVATION_INDEX&municipality=" + EERSTE,
                302,
                200,
                200,
                404,
                404,
                200,
                404));
        // only the coordinator enters, changes, deletes and shares; another network's coordinator only in their own
        rows.add(rows("GET", "/insight/figures/new", 302, 200, 403, 403, 404, 200, 404));
        rows.add(rows("POST", "/insight/figures", 302, 302, 403, 403, 404, 302, 404));
        rows.add(rows("GET", "/insight/figures/{shared}/edit", 302, 200, 403, 403, 404, 404, 404));
        rows.add(rows("POST", "/insight/figures/{shared}", 302, 302, 403, 403, 404, 404, 404));
        rows.add(rows("GET", "/insight/figures/indicators/new", 302, 200, 403, 403, 404, 200, 404));
        rows.add(rows("POST", "/insight/figures/indicators", 302, 302, 403, 403, 404, 302, 404));
        rows.add(rows("POST", "/insight/figures/indicators/CHILDREN_3_5/share", 302, 302, 403, 403, 404, 302, 404));
        rows.add(rows("POST", "/insight/figures/{doomed}/delete", 302, 302, 403, 403, 404, 404, 404));
        return rows.build().flatMap(s -> s);
    }

    private static Stream<Arguments> rows(String method, String path, int... statuses) {
        return Stream.of(Who.values()).map(who -> Arguments.of(method, path, who, statuses[who.ordinal()]));
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("matrix")
    void answers(String method, String path, Who who, int expected) throws Exception {
        String url = path.replace("{shared}", shared.value().toString())
                .replace("{unshared}", unshared.value().toString())
                .replace("{doomed}", doomed.value().toString());
        var request = request(HttpMethod.valueOf(method), url).accept(MediaType.TEXT_HTML);
        if (method.equals("POST")) {
            request.with(csrf())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("indicator", "BIRTHS")
                    .param("nisCode", EERSTE)
                    .param("periodKind", "YEAR")
                    .param("year", "2024")
                    .param("value", "777")
                    .param("source", "Statbel")
                    .param("name", TestNetworks.unique("Eigen"))
                    .param("unit", "COUNT")
                    .param("shared", "true");
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    @Test
    void partnerStaffSeeAndExportOnlySharedIndicators() throws Exception {
        var staff = people.get(Who.PARTNER_STAFF);
        assertThat(indicators.visible(staff))
                .extracting(IndicatorView::code)
                .contains("BIRTHS")
                .doesNotContain("DEPRIVATION_INDEX", "CHILDREN_0_2");

        String csv = mvc.perform(get("/insight/figures/export.csv").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"BIRTHS\"").doesNotContain("DEPRIVATION_INDEX");
    }

    @Test
    void anotherNetworkWithTheSameMunicipalitiesSeesNoneOfOurFigures() throws Exception {
        var stranger = other.coordinator;
        assertThat(figures.trend(stranger, "BIRTHS", EERSTE)).isEmpty();
        assertThat(figures.table(stranger, "BIRTHS", Paging.first()).periods()).isEmpty();
        String csv = mvc.perform(get("/insight/figures/export.csv").with(user(stranger)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1);
    }
}
