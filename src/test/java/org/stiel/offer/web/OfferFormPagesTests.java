package org.stiel.offer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferSummary;
import org.stiel.offer.Offers;
import org.stiel.offer.SchoolHoliday;
import org.stiel.offer.SchoolHolidayCalendar;
import org.stiel.offer.TestOffers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/** Adding and changing offers through the form: rows, errors next to the fields, conflicts, "still correct". */
@StielTest
class OfferFormPagesTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

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

    @Autowired
    SchoolHolidayCalendar schoolHolidays;

    NetworkId network;
    PartnerId partner;
    StielUser staff;
    StielUser coordinator;

    @BeforeEach
    void world() {
        var f = new TestNetworks(networks, accounts, partners);
        network = f.network("offer-pages").id();
        partner = f.partner(network, TestNetworks.unique("Inloopteam"), "Test");
        staff = f.member(network, NetworkRole.PARTNER_STAFF, partner);
        coordinator = f.member(network, NetworkRole.COORDINATOR);
    }

    @Test
    void staffAddAnOfferWithAWeeklyScheduleAtTheirLocation() throws Exception {
        String name = TestNetworks.unique("Inloopochtend");
        var location = offers.locationsOf(network, partner).getFirst().id();
        LocalDate monday = LocalDate.now(BRUSSELS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        mvc.perform(valid(post("/offers").param("partner", partner.toString()), name)
                        .param("locationIds", location.toString())
                        .param("languages", "nl, FR")
                        .param("schedules[0].dtstart", monday.toString())
                        .param("schedules[0].freq", "WEEKLY")
                        .param("schedules[0].days", "MO", "TH")
                        .param("_schedules[0].days", "on")
                        .param("schedules[0].weekOfMonth", "")
                        .param("schedules[0].opensAt", "09:00")
                        .param("schedules[0].closesAt", "11:30")
                        .param("schedules[1].dtstart", "")
                        .param("closures[0].fromDate", "")
                        .param("costOptions[0].option", "")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/offers/*"))
                .andExpect(flash().attribute("flash", "offer.saved"));

        var summary = offers.list(network, OfferFilter.all()).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
        var offer = offers.get(network, summary.id());
        assertThat(offer.languages()).containsExactly("nl", "fr");
        assertThat(offer.locations()).extracting(p -> p.id()).containsExactly(location);
        assertThat(offer.schedules())
                .singleElement()
                .satisfies(s -> assertThat(s.byday()).isEqualTo("MO,TH"));
        var coming = offers.occurrences(network, summary.id(), LocalDate.now(BRUSSELS), 3);
        assertThat(coming)
                .extracting(o -> o.startsAt().toLocalDate())
                .containsExactly(monday, monday.plusDays(3), monday.plusDays(7));

        String page = html(get("/offers/" + summary.id()).with(user(staff)));
        assertThat(page).contains(name, "Komende momenten", "09:00 - 11:30", "Klopt nog");
        // the edit form shows the languages as typed text, not as a list, and the days ticked
        String edit = html(get("/offers/" + summary.id() + "/edit").with(user(staff)));
        assertThat(edit).contains("value=\"nl, fr\"", "value=\"09:00\"");
        assertThat(edit)
                .containsPattern("<input[^>]*id=\"schedules-0-days-0\"[^>]*value=\"MO\"[^>]*checked=\"checked\"")
                .containsPattern("<input[^>]*id=\"schedules-0-days-3\"[^>]*value=\"TH\"[^>]*checked=\"checked\"")
                .doesNotContainPattern("<input[^>]*id=\"schedules-0-days-1\"[^>]*checked")
                .contains(">maandag</label>")
                .doesNotContain("MO,TH");
    }

    @Test
    void showsErrorsNextToTheFieldsOfARow() throws Exception {
        String page = mvc.perform(valid(post("/offers").param("partner", partner.toString()), " ")
                        .param("ageMinMonths", "24")
                        .param("ageMaxMonths", "12")
                        .param("schedules[0].dtstart", "2027-03-02")
                        .param("schedules[0].opensAt", "10:00")
                        .param("schedules[0].closesAt", "09:00")
                        .param("schedules[0].days", "SA")
                        .param("schedules[0].weekOfMonth", "1")
                        .param("schedules[0].freq", "WEEKLY")
                        .param("languages", "nederlands")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"name-error\"", "aria-describedby=\"name-error\"")
                .contains("id=\"ageMaxMonths-error\"", "Tot moet gelijk aan of groter dan vanaf zijn.")
                .contains("id=\"schedules-0-closesAt-error\"", "Het einduur moet na het beginuur liggen.")
                .contains("id=\"schedules-0-days-error\"", "kan alleen bij maandelijkse herhaling")
                .contains("id=\"languages-error\"", "Gebruik taalcodes van twee letters")
                .contains("Kijk de velden met een fout na.");
        // the row typed in stays, one empty row follows it
        assertThat(page).contains("id=\"schedules-1-dtstart\"").doesNotContain("id=\"schedules-2-dtstart\"");
    }

    @Test
    void addsAScheduleRowWithoutValidating() throws Exception {
        String page = mvc.perform(post("/offers")
                        .param("partner", partner.toString())
                        .param("name", "")
                        .param("schedules[0].dtstart", "2027-03-02")
                        .param("schedules[1].dtstart", "")
                        .param("addSchedule", "1")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"schedules-2-dtstart\"").doesNotContain("is-invalid");
    }

    @Test
    void aFormFromAnOlderVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
        var id = offers.register(
                Actor.system(network, "T"),
                partner,
                TestOffers.weekly(TestNetworks.unique("Kijkdag"), LocalDate.now()));
        long version = offers.get(network, id).version();
        var changed = offers.form(network, id);
        changed.setDescription("Intussen gewijzigd");
        offers.update(coordinator, id, changed);

        String page = mvc.perform(valid(post("/offers/" + id), "Mijn versie")
                        .param("version", Long.toString(version))
                        .param("schedules[0].dtstart", "2027-03-02")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Iemand anders was je voor", "value=\"Mijn versie\"");
        assertThat(offers.get(network, id).description()).isEqualTo("Intussen gewijzigd");
    }

    @Test
    void stillCorrectTakesAnOfferOffTheStaleList() throws Exception {
        var form = TestOffers.weekly(TestNetworks.unique("Oud aanbod"), LocalDate.now());
        form.setLastVerified(LocalDate.now(BRUSSELS).minusMonths(7));
        var id = offers.register(Actor.system(network, "T"), partner, form);
        assertThat(html(get("/offers/stale").with(user(staff)))).contains(form.getName());
        assertThat(html(get("/offers/" + id).with(user(staff)))).contains("werd sinds");

        mvc.perform(post("/offers/" + id + "/verify").with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "offer.verified"));

        assertThat(html(get("/offers/stale").with(user(staff)))).doesNotContain(form.getName());
        assertThat(offers.list(network, new OfferFilter(null, null, null, true)))
                .extracting(OfferSummary::id)
                .doesNotContain(id);
    }

    @Test
    void theListFiltersByPartnerAndThePartnerPageLinksToIt() throws Exception {
        var other = new TestNetworks(networks, accounts, partners).partner(network, TestNetworks.unique("Ander"), "T");
        String mine = TestNetworks.unique("Van mij");
        String theirs = TestNetworks.unique("Van hen");
        offers.register(Actor.system(network, "T"), partner, TestOffers.weekly(mine, LocalDate.now()));
        offers.register(Actor.system(network, "T"), other, TestOffers.weekly(theirs, LocalDate.now()));

        assertThat(html(get("/offers").param("partner", partner.toString()).with(user(coordinator))))
                .contains(mine)
                .doesNotContain(theirs);
        assertThat(html(get("/partners/" + partner).with(user(coordinator))))
                .contains("href=\"/offers?partner=" + partner + "\"");
    }

    @Test
    void theCoordinatorsSchoolHolidaysCloseTheOffersThatSkipThem() throws Exception {
        var form = TestOffers.weekly(TestNetworks.unique("Speelgroep"), LocalDate.now(BRUSSELS));
        form.setClosedInSchoolHolidays(true);
        var id = offers.register(Actor.system(network, "T"), partner, form);
        LocalDate from = LocalDate.now(BRUSSELS);
        LocalDate to = from.plusDays(20);
        int before = offers.occurrences(network, id, from, 100).size();

        mvc.perform(post("/offers/school-holidays")
                        .param("holidays[0].name", "Testvakantie")
                        .param("holidays[0].fromDate", from.toString())
                        .param("holidays[0].toDate", to.toString())
                        .param("holidays[1].name", "")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(schoolHolidays.of(network))
                .extracting(SchoolHoliday::getName)
                .containsExactly("Testvakantie");
        var after = offers.occurrences(network, id, from, 100);
        assertThat(after).hasSize(before - 3);
        assertThat(after.getFirst().startsAt().toLocalDate()).isAfter(to);

        String page = mvc.perform(post("/offers/school-holidays")
                        .param("holidays[0].name", "Verkeerd om")
                        .param("holidays[0].fromDate", "2027-02-21")
                        .param("holidays[0].toDate", "2027-02-08")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"holidays-0-toDate-error\"");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String name) {
        return request.param("name", name)
                .param("kind", "ACTIVITY")
                .param("audiences", "PARENTS", "CHILDREN")
                .param("cost", "FREE")
                .param("reach", "UNIVERSAL")
                .param("pillar", "MEETING_OTHERS")
                .param("status", "ACTIVE")
                .param("published", "true")
                .param("lifeDomains", "MEETING_OTHERS");
    }
}
