package org.stiel.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.meetings.Hosts;
import org.stiel.meetings.MeetingForm;
import org.stiel.meetings.MeetingId;
import org.stiel.meetings.MeetingSeries;
import org.stiel.meetings.Meetings;
import org.stiel.meetings.SeriesForm;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/** A network sees nothing of another network's meetings, series, rooms and hosting, whichever way it asks. */
@StielTest
class MeetingsTenantIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Hosts hosts;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingSeries series;

    @Test
    void anotherNetworksCoordinatorNeitherFindsNorChangesAnything() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mine = fixtures.network("eigen-overleg");
        var theirs = fixtures.network("vreemd-overleg");
        String partnerName = TestNetworks.unique("Geheime gastpartner");
        var partner = fixtures.partner(mine.id(), partnerName, "Alleen voor het eigen netwerk");
        String key = Hosts.key("9990", "Dorpsstraat 1");
        hosts.setCapacities(Actor.system(mine.id(), "Test"), partner, Map.of(key, 30));
        String title = TestNetworks.unique("Geheim overleg");
        var form = new MeetingForm();
        form.setTitle(title);
        form.setDate(LocalDate.of(2031, 3, 4));
        form.setStartTime(LocalTime.of(10, 0));
        form.setEndTime(LocalTime.of(12, 0));
        form.setVenue(MeetingForm.venue(partner.value(), key));
        MeetingId meeting = meetings.create(Actor.system(mine.id(), "Test"), form);
        var seriesForm = SeriesForm.onDates(
                TestNetworks.unique("Geheime reeks"), "2031-01-14, 2031-02-11", 15, List.of(partner.value()));
        var draft = series.propose(Actor.system(mine.id(), "Test"), seriesForm);

        var stranger = fixtures.member(theirs.id(), NetworkRole.COORDINATOR);
        String m = "/meetings/" + meeting.value();
        String s = "/meetings/series/" + draft.value();
        for (String path : new String[] {m, m + "/edit", s, "/meetings/hosts/" + partner.value()}) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        for (String path : new String[] {
            m,
            m + "/minutes",
            m + "/agenda",
            m + "/attendance",
            m + "/invitations",
            m + "/decisions",
            s + "/swap",
            s + "/confirm",
            s + "/repropose",
            s + "/slots/0",
            "/meetings/hosts/" + partner.value() + "/unavailable",
            "/meetings/hosts/" + partner.value() + "/venues"
        }) {
            mvc.perform(post(path)
                            .param("title", "Overgenomen")
                            .param("date", "2031-03-04")
                            .param("startTime", "10:00")
                            .param("endTime", "12:00")
                            .param("minutes", "Overgenomen")
                            .param("first", "0")
                            .param("second", "1")
                            .param("day", "2031-05-06")
                            .param("decidedOn", "2031-03-04")
                            .param("venue", MeetingForm.venue(partner.value(), key))
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        for (String path :
                new String[] {"/api/v1/meetings/" + meeting.value(), "/api/v1/meetings/series/" + draft.value()}) {
            mvc.perform(get(path).with(user(stranger)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/v1/meetings/series/" + draft.value() + "/confirm")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        // lists show nothing of the other network
        for (String path : new String[] {"/meetings", "/meetings/hosting", "/meetings/hosts"}) {
            mvc.perform(get(path).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))))
                    .andExpect(content().string(not(containsString(partnerName))))
                    .andExpect(content().string(not(containsString(seriesForm.name()))));
        }
        for (String path :
                new String[] {"/api/v1/meetings", "/api/v1/meetings/series", "/api/v1/meetings/hosting-history"}) {
            mvc.perform(get(path).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().string(not(containsString(meeting.value().toString()))))
                    .andExpect(content().string(not(containsString(partnerName))));
        }

        // nor can it use the other network's partner as a host
        mvc.perform(post("/meetings/series")
                        .param("name", "Reeks met een vreemde gastpartner")
                        .param("kind", "NETWORK_MEETING")
                        .param("recurrence", "DATES")
                        .param("dates", "2031-04-01")
                        .param("startTime", "10:00")
                        .param("endTime", "12:00")
                        .param("expectedAttendees", "10")
                        .param("partnerIds", partner.value().toString())
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partnerIds-error\"")));
        mvc.perform(post("/meetings")
                        .param("title", "Overleg bij een vreemde partner")
                        .param("kind", "NETWORK_MEETING")
                        .param("date", "2031-04-01")
                        .param("startTime", "10:00")
                        .param("endTime", "12:00")
                        .param("venue", MeetingForm.venue(partner.value(), key))
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"venue-error\"")));
        assertThat(meetings.list(theirs.id())).isEmpty();
        assertThat(series.get(mine.id(), draft).confirmed()).isFalse();
        assertThat(meetings.get(mine.id(), meeting).title()).isEqualTo(title);
    }
}
