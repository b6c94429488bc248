package org.stiel.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.Partners;

/**
 * The check, end to end: the Scheldeveld coordinator asks for twelve monthly meetings; in the series nobody
 * hosts twice before every willing partner hosted once, consecutive meetings are in different municipalities where
 * possible, and confirming creates the meetings. The demo's hosting history only orders partners that are level.
 */
@StielTest
class MeetingsRotationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Autowired
    Hosts hosts;

    @Autowired
    MeetingSeries series;

    @Autowired
    Meetings meetings;

    @Test
    void twelveMonthlyMeetingsInScheldeveldRotateFairly() throws Exception {
        var network = networks.findBySlug("scheldeveld").orElseThrow();
        var coordinator = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        // every partner with a room for 20 is willing, those who hosted before and those who never did
        List<PartnerId> willing = new ArrayList<>();
        for (var p : partners.search(network.id(), PartnerSearch.all())) {
            if (hosts.venues(network.id(), p.id()).stream()
                    .anyMatch(v -> v.municipality().isPresent() && v.capacity().orElse(0) >= 20)) {
                willing.add(p.id());
            }
        }
        assertThat(willing).hasSizeGreaterThanOrEqualTo(6);
        var before = new HashMap<UUID, Integer>();
        hosts.history(network.id())
                .partners()
                .forEach(r -> before.put(r.partner().value(), r.count()));
        assertThat(before).as("the demo has a hosting history").isNotEmpty();
        // hostings in the new series
        var counts = new HashMap<UUID, Integer>();
        String previous = lastMunicipalityBefore(network.id(), LocalDate.of(2030, 1, 1));

        var request = post("/meetings/series")
                .with(coordinator)
                .with(csrf())
                .param("name", "Netwerkoverleg 2030")
                .param("kind", "NETWORK_MEETING")
                .param("recurrence", "MONTHLY_WEEKDAY")
                .param("firstDate", "2030-01-08")
                .param("count", "12")
                .param("startTime", "09:30")
                .param("endTime", "12:00")
                .param("expectedAttendees", "20");
        willing.forEach(p -> request.param("partnerIds", p.value().toString()));
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = new SeriesId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        mvc.perform(get(location).with(coordinator)).andExpect(status().isOk());

        var proposal = series.get(network.id(), id);
        assertThat(proposal.slots()).hasSize(12);
        assertThat(proposal.slots().get(0).date()).isEqualTo(LocalDate.of(2030, 1, 8));
        // the second Tuesday of every month
        assertThat(proposal.slots())
                .allMatch(s -> s.date().getDayOfWeek() == java.time.DayOfWeek.TUESDAY
                        && s.date().getDayOfMonth() > 7
                        && s.date().getDayOfMonth() <= 14);
        for (var slot : proposal.slots()) {
            var host = slot.host().orElseThrow().value();
            int fewest = willing.stream()
                    .filter(p -> hosts.unavailable(network.id(), p, slot.date()).stream()
                            .noneMatch(slot.date()::equals))
                    .mapToInt(p -> counts.getOrDefault(p.value(), 0))
                    .min()
                    .orElseThrow();
            // nobody hosts a second time (or a third...) while a willing partner that can come has hosted less
            assertThat(counts.getOrDefault(host, 0))
                    .as(slot.date() + " " + slot.hostName())
                    .isEqualTo(fewest);
            if (slot.municipality().equals(previous)) {
                // only when every fair choice had room in that municipality alone
                int least = fewest;
                assertThat(willing.stream()
                                .filter(p -> counts.getOrDefault(p.value(), 0) == least)
                                .flatMap(p -> hosts.venues(network.id(), p).stream())
                                .filter(v -> v.capacity().orElse(0) >= 20
                                        && v.municipality().isPresent())
                                .map(v -> v.municipality().orElseThrow()))
                        .allMatch(previous::equals);
            }
            assertThat(slot.explanation()).isNotEmpty();
            counts.merge(host, 1, Integer::sum);
            previous = slot.municipality();
        }
        // twelve dates: with at least twelve willing partners nobody hosts twice, else everybody hosts once or more
        var hostsOfSeries = proposal.slots().stream()
                .map(s -> s.host().orElseThrow().value())
                .toList();
        if (willing.size() >= 12) {
            assertThat(hostsOfSeries).doesNotHaveDuplicates();
        } else {
            assertThat(hostsOfSeries)
                    .containsAll(willing.stream().map(PartnerId::value).toList());
        }
        // the history breaks ties: the first host is, of the partners with room outside the previous meeting's
        // municipality, one that hosted least before
        String previousBefore = lastMunicipalityBefore(network.id(), LocalDate.of(2030, 1, 1));
        var first = proposal.slots().getFirst().date();
        int leastBefore = willing.stream()
                .filter(p -> hosts.unavailable(network.id(), p, first).stream().noneMatch(first::equals))
                .filter(p -> hosts.venues(network.id(), p).stream()
                        .anyMatch(v -> v.capacity().orElse(0) >= 20
                                && v.municipality().isPresent()
                                && !v.municipality().orElseThrow().equals(previousBefore)))
                .mapToInt(p -> before.getOrDefault(p.value(), 0))
                .min()
                .orElseThrow();
        assertThat(before.getOrDefault(hostsOfSeries.getFirst(), 0)).isEqualTo(leastBefore);

        mvc.perform(post(location + "/confirm").with(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        var created = meetings.ofSeries(network.id(), id);
        assertThat(created).hasSize(12);
        assertThat(created)
                .extracting(MeetingView::hostName)
                .containsExactlyElementsOf(
                        proposal.slots().stream().map(SlotView::hostName).toList());
        assertThat(Set.copyOf(created.stream().map(MeetingView::municipality).toList()))
                .hasSizeGreaterThan(3);
    }

    private String lastMunicipalityBefore(org.stiel.network.NetworkId network, LocalDate date) {
        Map<LocalDate, String> byDate = new HashMap<>();
        meetings.list(network).stream()
                .filter(m -> m.host().isPresent() && m.date().isBefore(date))
                .forEach(m -> byDate.put(m.date(), m.municipality()));
        return byDate.keySet().stream()
                .max(LocalDate::compareTo)
                .map(byDate::get)
                .orElse(null);
    }
}
