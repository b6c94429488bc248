package org.stiel.offer.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.ContactForm;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.StielTime;

/**
 * The families' pages without logging in: search (page and htmx fragment), calendar, an offer's page, the .ics files
 * and feeds, which parse back with ical4j; and that nothing unpublished or personal shows.
 */
@StielTest
class FamilyPagesTests {

    static final LocalDate TODAY = LocalDate.now(StielTime.ZONE);
    static final LocalDate NEXT_TUESDAY = TODAY.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    @Autowired
    MockMvc mvc;

    @Autowired
    Offers offers;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    record Fixture(NetworkView network, PartnerId partner, String partnerName) {}

    /** A network with a partner whose contact person must never appear on a public page. */
    Fixture fixture() {
        var f = new TestNetworks(networks, accounts, partners);
        var network = f.network("families");
        String partnerName = TestNetworks.unique("Gezinsbond");
        var form = TestNetworks.form(partnerName, "Test");
        var contact = new ContactForm();
        contact.setName("Geheime Contactpersoon");
        contact.setEmail("geheim.persoon@stiel.example");
        contact.setPhone("0499 99 99 99");
        form.getContacts().add(contact);
        var partner = partners.create(Actor.system(network.id(), "Test"), form);
        return new Fixture(network, partner, partnerName);
    }

    OfferId add(Fixture fixture, String name, Consumer<OfferForm> change) {
        var form = TestOffers.weekly(name, NEXT_TUESDAY);
        form.setLocationIds(List.of(offers.locationsOf(fixture.network().id(), fixture.partner())
                .getFirst()
                .id()));
        form.setContactName("Onthaal");
        form.setContactEmail("onthaal@gezinsbond.example");
        change.accept(form);
        return offers.register(Actor.system(fixture.network().id(), "Test"), fixture.partner(), form);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anonymousFamilySearchesAndGetsAPageOrTheResultsAlone() throws Exception {
        var fixture = fixture();
        String name = TestNetworks.unique("Voorleesuurtje");
        add(fixture, name, form -> {});
        add(fixture, TestNetworks.unique("Verborgen voorleesuurtje"), form -> form.setPublished(false));
        String url = "/aanbod?network=" + fixture.network().slug() + "&q=voorleesuurtje";

        String html = page(url);
        assertThat(html).contains(name).contains("1 aanbod gevonden").contains("role=\"search\"");
        assertThat(html).doesNotContain("Verborgen").doesNotContain("Geheime Contactpersoon");
        assertThat(html).contains("webcal://").contains("/aanbod/kalender.ics?q=voorleesuurtje&amp;network=");

        String fragment = mvc.perform(get(url).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("HX-Request")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains(name).contains("id=\"offer-results\"").doesNotContain("<html");

        mvc.perform(get("/aanbod?network=no-such-network")).andExpect(status().isNotFound());
        // values that do not convert are ignored, and the page says so next to the results
        assertThat(page("/aanbod?age=abc&day=someday&from=yesterday"))
                .contains("id=\"search-notices\"")
                .contains("„Leeftijd van je kind” konden we niet lezen")
                .contains("„Op welke dagen?” konden we niet lezen")
                .contains("„Vanaf” konden we niet lezen");
        assertThat(page("/aanbod?from=2027-03-10&to=2027-03-01&age=300"))
                .contains("lag voor „vanaf”: we zochten tussen beide data")
                .contains("we zochten zonder leeftijd");
        assertThat(page("/aanbod")).doesNotContain("id=\"search-notices\"");
        assertThat(page("/aanbod?lang=en"))
                .contains("What is there for your family?")
                .contains("Log in for professionals");
    }

    @Test
    void aResultCardSaysWhenForWhomAndAtWhatCostInTheReadersLanguage() throws Exception {
        var fixture = fixture();
        String name = TestNetworks.unique("Peuterturnen");
        String description = "Bewegen met je peuter. ".repeat(10);
        add(fixture, name, form -> form.setDescription(description));
        String url = "/aanbod?network=" + fixture.network().slug() + "&q=peuterturnen";
        var next = NEXT_TUESDAY.atTime(10, 0).atZone(StielTime.ZONE);

        String dutch = page(url);
        assertThat(dutch)
                .contains(fixture.partnerName() + "</span>")
                .contains("Eerste")
                .contains("de geboorte tot 3 jaar")
                .contains("Gratis")
                // a valid HTML date-time: the offset, not the zone's name in brackets
                .contains("<time datetime=\"" + next.toOffsetDateTime() + "\">")
                .contains(next.format(DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.forLanguageTag("nl"))))
                .contains(description.substring(0, SiteModel.SUMMARY_LENGTH - 3) + "...")
                .doesNotContain(description.strip());

        String english = page(url + "&lang=en");
        assertThat(english)
                .contains("birth to 3 years")
                .contains("Free")
                .contains(next.format(DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH)));
    }

    @Test
    void theFormShowsTheSearchsOwnChoicesSelected() throws Exception {
        var fixture = fixture();
        String slug = fixture.network().slug();
        String html = page("/aanbod?network=" + slug + "&domain=HEALTH&language=fr&place=9990&km=10&day=WEDNESDAY");
        assertThat(html)
                .contains("value=\"" + slug + "\" selected=\"selected\">"
                        + fixture.network().name() + "</option>")
                .contains("value=\"HEALTH\" selected=\"selected\">Gezondheid</option>")
                .contains("value=\"fr\" selected=\"selected\">Frans</option>")
                .contains("value=\"10\" selected=\"selected\">Tot 10 km</option>")
                .contains("value=\"WEDNESDAY\" checked=\"checked\">")
                .contains("value=\"MONDAY\">")
                .contains("value=\"nl\">Nederlands</option>");
        assertThat(html.split("selected=\"selected\"")).hasSize(5);
        assertThat(page("/aanbod?lang=en&language=ar")).contains("value=\"ar\" selected=\"selected\">Arabic</option>");
    }

    @Test
    void theDetailPageShowsWhenWhereCostAndTheFunctionalContactOnly() throws Exception {
        var fixture = fixture();
        String name = TestNetworks.unique("Babyturnen");
        var id = add(fixture, name, form -> {
            form.setRegistrationRequired(true);
            form.setRegistrationHow("Bel het onthaal.");
        });
        String html = page("/aanbod/" + id.value());
        assertThat(html)
                .contains(name)
                .contains(fixture.partnerName())
                .contains("Dorpsstraat 1")
                .contains("9990 Eerste")
                .contains("Gratis")
                .contains("Bel het onthaal.")
                .contains("onthaal@gezinsbond.example")
                .contains("/aanbod/" + id.value() + ".ics")
                .contains("10:00");
        assertThat(html).doesNotContain("Geheime Contactpersoon").doesNotContain("geheim.persoon");

        var hidden = add(fixture, TestNetworks.unique("Verborgen"), form -> form.setPublished(false));
        mvc.perform(get("/aanbod/" + hidden.value())).andExpect(status().isNotFound());
        mvc.perform(get("/aanbod/" + hidden.value() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/aanbod/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void anOffersIcsParsesBackWithATimeZoneAndStableUids() throws Exception {
        var fixture = fixture();
        String name = TestNetworks.unique("Ouderavond");
        var id = add(fixture, name, form -> {});

        var calendar = ics("/aanbod/" + id.value() + ".ics");
        calendar.validate();
        assertThat(calendar.getComponents(net.fortuna.ical4j.model.Component.VTIMEZONE))
                .singleElement()
                .satisfies(tz -> assertThat(((VTimeZone) tz)
                                .getProperty(Property.TZID)
                                .orElseThrow()
                                .getValue())
                        .isEqualTo("Europe/Brussels"));
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).hasSizeBetween(50, 54);
        var first = events.getFirst();
        assertThat(first.getSummary().getValue()).isEqualTo(name);
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(NEXT_TUESDAY.toString().replace("-", "") + "T100000");
        assertThat(first.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Brussels");
        assertThat(first.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(first.getLocation().getValue()).contains("Dorpsstraat 1");
        assertThat(first.getUrl().getValue()).endsWith("/aanbod/" + id.value());
        String uid = first.getUid().orElseThrow().getValue();
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).doesNotHaveDuplicates();
        // the same occurrence keeps its UID in the next download
        assertThat(ics("/aanbod/" + id.value() + ".ics")
                        .<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)
                        .getFirst()
                        .getUid()
                        .orElseThrow()
                        .getValue())
                .isEqualTo(uid);
    }

    @Test
    void networkPartnerAndSearchFeedsHoldThePublicActivities() throws Exception {
        var fixture = fixture();
        String name = TestNetworks.unique("Speelnamiddag");
        add(fixture, name, form -> {});
        add(fixture, TestNetworks.unique("Geheim"), form -> form.setPublished(false));

        for (String url : List.of(
                "/aanbod/kalender/netwerk/" + fixture.network().slug() + ".ics",
                "/aanbod/kalender/partner/" + fixture.partner().value() + ".ics",
                "/aanbod/kalender.ics?network=" + fixture.network().slug() + "&q=speelnamiddag")) {
            var calendar = ics(url);
            calendar.validate();
            List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
            assertThat(events)
                    .as(url)
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo(name));
        }
        mvc.perform(get("/aanbod/kalender/netwerk/no-such-network.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/aanbod/kalender/partner/" + java.util.UUID.randomUUID() + ".ics"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCalendarShowsAWeekOrAMonthOfActivities() throws Exception {
        var fixture = fixture();
        String name = TestNetworks.unique("Kookatelier");
        add(fixture, name, form -> {});
        String base = "/aanbod/kalender?network=" + fixture.network().slug();

        String week = page(base + "&date=" + NEXT_TUESDAY);
        assertThat(week).contains(name).contains("10:00").contains("Geen activiteiten.");
        String weekBefore = page(base + "&date=" + NEXT_TUESDAY.minusWeeks(1));
        assertThat(weekBefore).doesNotContain(name);

        String month = page(base + "&view=month&date=" + NEXT_TUESDAY.plusMonths(1));
        assertThat(month).contains(name);
        assertThat(month.split(java.util.regex.Pattern.quote(name), -1)).hasSizeBetween(5, 7);
        assertThat(page(base + "&view=month&date=nonsense")).contains("Kalender van activiteiten");
    }

    @Test
    void switchingFromAWeekToTheMonthShowsTheMonthOfTheDayLookedAt() throws Exception {
        var fixture = fixture();
        String base = "/aanbod/kalender?network=" + fixture.network().slug();
        // Thursday 3 December 2026: its week starts on Monday 30 November
        String week = page(base + "&date=2026-12-03");
        var monthLink = java.util.regex.Pattern.compile("href=\"([^\"]*view=month[^\"]*)\"")
                .matcher(week);
        assertThat(monthLink.find()).isTrue();
        String month = page(monthLink.group(1).replace("&amp;", "&"));
        assertThat(month).contains("december 2026").doesNotContain("november 2026");

        assertThat(week).as("the next week keeps the weekday looked at").contains("date=2026-12-10");
    }

    @Test
    void aLoggedInMemberSeesTheSamePagesWithTheirNavigation() throws Exception {
        var session = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        String html = mvc.perform(session.on(get("/aanbod?q=babymasage")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Babymassage").contains("/logout").doesNotContain("Aanmelden voor professionals");
        assertThat(page("/login")).contains("href=\"/aanbod\"");
    }

    Calendar ics(String url) throws Exception {
        String body = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new CalendarBuilder().build(new StringReader(body));
    }
}
