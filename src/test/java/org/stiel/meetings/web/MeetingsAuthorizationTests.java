package org.stiel.meetings.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
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
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyForm;
import org.stiel.governance.BodyKind;
import org.stiel.governance.MemberForm;
import org.stiel.meetings.Hosts;
import org.stiel.meetings.MeetingForm;
import org.stiel.meetings.MeetingId;
import org.stiel.meetings.MeetingKind;
import org.stiel.meetings.MeetingSeries;
import org.stiel.meetings.Meetings;
import org.stiel.meetings.SeriesForm;
import org.stiel.meetings.SeriesId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * Who may do what on every meetings page and API endpoint, as one table: a row is a request, a person and the
 * status they get. The chair is a steering-group member who chairs the working group of {@link #WG}'s meeting.
 *
 * <p>302 for an anonymous page request is the redirect to the login page; 404 for an admin without a network is the
 * same answer as for another network's data. Successful page writes answer 302 (redirect).
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsAuthorizationTests {

    enum Who {
        ANONYMOUS,
        COORDINATOR,
        OWN_STAFF,
        OTHER_STAFF,
        STEERING_GROUP,
        VOLUNTEER,
        CHAIR,
        ADMIN_WITHOUT_NETWORK
    }

    private static final String NET = "{net}";
    private static final String WG = "{wg}";
    private static final String SERIES = "{series}";
    private static final String OWN = "{own}";

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
    Hosts hosts;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingSeries series;

    private final Map<Who, StielUser> people = new EnumMap<>(Who.class);
    private PartnerId own;
    private MeetingId net;
    private MeetingId wg;
    private SeriesId draft;

    @BeforeAll
    void world() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("meetings-authz").id();
        own = fixtures.partner(network, TestNetworks.unique("Gastpartner"), "Ontvangt vergaderingen.");
        var other = fixtures.partner(network, TestNetworks.unique("Andere partner"), "Een andere partner.");
        hosts.setCapacities(Actor.system(network, "Test"), own, Map.of(Hosts.key("9990", "Dorpsstraat 1"), 30));
        people.put(Who.COORDINATOR, fixtures.member(network, NetworkRole.COORDINATOR));
        people.put(Who.OWN_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, own));
        people.put(Who.OTHER_STAFF, fixtures.member(network, NetworkRole.PARTNER_STAFF, other));
        people.put(Who.STEERING_GROUP, fixtures.member(network, NetworkRole.STEERING_GROUP));
        people.put(Who.VOLUNTEER, fixtures.member(network, NetworkRole.VOLUNTEER));
        people.put(Who.CHAIR, fixtures.member(network, NetworkRole.STEERING_GROUP, "Voorzitter"));
        people.put(Who.ADMIN_WITHOUT_NETWORK, fixtures.adminWithoutNetwork(network));

        var body = bodies.create(
                Actor.system(network, "Test"),
                new BodyForm(
                        "Werkgroep Test",
                        BodyKind.WORKING_GROUP,
                        "Test",
                        people.get(Who.CHAIR).id().value()));
        bodies.addMember(
                Actor.system(network, "Test"),
                body,
                new MemberForm(own.value(), people.get(Who.OWN_STAFF).id().value(), LocalDate.of(2025, 1, 1)));
        net = meetings.create(
                Actor.system(network, "Test"), meeting("Netwerkoverleg", MeetingKind.NETWORK_MEETING, null));
        wg = meetings.create(
                Actor.system(network, "Test"), meeting("Werkgroep", MeetingKind.WORKING_GROUP_MEETING, body.value()));

        var form = SeriesForm.onDates("Reeks", "2031-01-14, 2031-02-11", 10, List.of(own.value()));
        draft = series.propose(Actor.system(network, "Test"), form);
    }

    private MeetingForm meeting(String title, MeetingKind kind, java.util.UUID body) {
        var form = new MeetingForm();
        form.setTitle(title);
        form.setKind(kind);
        form.setBodyId(body);
        form.setDate(LocalDate.of(2031, 3, 4));
        form.setStartTime(LocalTime.of(10, 0));
        form.setEndTime(LocalTime.of(12, 0));
        form.setVenue(MeetingForm.venue(own.value(), Hosts.key("9990", "Dorpsstraat 1")));
        return form;
    }

    static Stream<Arguments> matrix() {
        var rows = Stream.<Stream<Arguments>>builder();
        // every member reads; an admin without a network has nothing to read
        for (String path : new String[] {
            "/meetings", "/meetings/" + NET, "/meetings/" + WG, "/meetings/hosting", "/meetings/series/" + SERIES
        }) {
            rows.add(rows("GET", path, 302, 200, 200, 200, 200, 200, 200, 404));
        }
        for (String path : new String[] {
            "/api/v1/meetings",
            "/api/v1/meetings?when=PAST&size=5",
            "/api/v1/meetings/" + NET,
            "/api/v1/meetings/hosting-history",
            "/api/v1/meetings/hostings",
            "/api/v1/meetings/series",
            "/api/v1/meetings/series/" + SERIES
        }) {
            rows.add(rows("GET", path, 401, 200, 200, 200, 200, 200, 200, 404));
        }
        // only a coordinator plans meetings and series
        rows.add(rows("GET", "/meetings/new", 302, 200, 403, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/meetings", 302, 302, 403, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/meetings/series/new", 302, 200, 403, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/meetings/series", 302, 302, 403, 403, 403, 403, 403, 403));
        rows.add(rows("POST", "/api/v1/meetings/series", 401, 201, 403, 403, 403, 403, 403, 403));
        rows.add(rows("GET", "/meetings/" + NET + "/edit", 302, 200, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/meetings/" + NET, 302, 302, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/meetings/series/" + SERIES + "/swap", 302, 302, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/meetings/series/" + SERIES + "/repropose", 302, 302, 403, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/api/v1/meetings/series/" + SERIES + "/swap", 401, 200, 403, 403, 403, 403, 403, 404));
        // the coordinator runs every meeting, the chair the body's meetings
        for (String action : new String[] {"agenda", "minutes", "attendance", "invitations", "decisions"}) {
            rows.add(rows("POST", "/meetings/" + WG + "/" + action, 302, 302, 403, 403, 403, 403, 302, 404));
            rows.add(rows("POST", "/meetings/" + NET + "/" + action, 302, 302, 403, 403, 403, 403, 403, 404));
        }
        // a partner's staff and the coordinator keep its rooms and dates
        rows.add(rows("GET", "/meetings/hosts/" + OWN, 302, 200, 200, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/meetings/hosts/" + OWN + "/venues", 302, 302, 302, 403, 403, 403, 403, 404));
        rows.add(rows("POST", "/meetings/hosts/" + OWN + "/unavailable", 302, 302, 302, 403, 403, 403, 403, 404));
        rows.add(
                rows("POST", "/meetings/hosts/" + OWN + "/unavailable/remove", 302, 302, 302, 403, 403, 403, 403, 404));
        rows.add(rows("GET", "/meetings/hosts", 302, 200, 302, 302, 403, 403, 403, 403));
        // last: confirming ends the proposal
        rows.add(rows("POST", "/meetings/series/" + SERIES + "/confirm", 302, 302, 403, 403, 403, 403, 403, 404));
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
                path.replace(NET, net.value().toString())
                        .replace(WG, wg.value().toString())
                        .replace(SERIES, draft.value().toString())
                        .replace(OWN, own.value().toString()));
        request.accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf());
            if (path.startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(path.endsWith("/swap") ? "{\"first\": 0, \"second\": 1}" : seriesJson());
            } else {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "Overleg")
                        .param("name", "Reeks")
                        .param("kind", "NETWORK_MEETING")
                        .param("date", "2031-04-01")
                        .param("startTime", "10:00")
                        .param("endTime", "12:00")
                        .param("recurrence", "DATES")
                        .param("dates", "2031-04-01")
                        .param("count", "1")
                        .param("expectedAttendees", "10")
                        .param("partnerIds", own.value().toString())
                        .param("first", "0")
                        .param("second", "1")
                        .param("day", "2031-05-06")
                        .param("minutes", "Verslag")
                        .param("agenda", "Punt")
                        .param("decidedOn", "2031-03-04")
                        .param("key", Hosts.key("9990", "Dorpsstraat 1"))
                        .param("capacity", "25");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(people.get(who)));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    private String seriesJson() {
        return """
                {"name": "Reeks via de API", "kind": "NETWORK_MEETING", "recurrence": "DATES",
                 "dates": "2031-06-03", "startTime": "10:00", "endTime": "12:00", "expectedAttendees": 10,
                 "partnerIds": ["%s"]}
                """.formatted(own.value());
    }
}
