package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

@StielTest
class OffersTests {

    @Autowired
    Offers offers;

    @Autowired
    SchoolHolidayCalendar schoolHolidays;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    TestNetworks fixtures() {
        return new TestNetworks(networks, accounts, partners);
    }

    @Test
    void theDemoHasAboutAHundredOffersSomeStaleSomeUnpublishedAndASeasonOfOccurrences() {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow().id();
        var all = offers.list(scheldeveld, OfferFilter.all());

        assertThat(all).hasSizeGreaterThanOrEqualTo(80);
        assertThat(all).filteredOn(OfferSummary::stale).hasSizeBetween(3, 10);
        assertThat(all).filteredOn(o -> !o.published()).isNotEmpty();
        assertThat(all)
                .filteredOn(o -> o.status() == OfferStatus.TEMPORARILY_CLOSED)
                .isNotEmpty();
        assertThat(jdbc.sql("select count(*) from offer_occurrence")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(1000);
        assertThat(schoolHolidays.of(scheldeveld))
                .extracting(SchoolHoliday::getName)
                .contains("Kerstvakantie", "Zomervakantie");
    }

    @Test
    void aFormCannotTakeOverAnotherOffersScheduleId() {
        var f = fixtures();
        var network = f.network("offer-schedule-ids").id();
        var partner = f.partner(network, TestNetworks.unique("Speelotheek"), "Test");
        var staff = f.member(network, NetworkRole.PARTNER_STAFF, partner);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(2);
        var theirs = offers.register(
                Actor.system(network, "Test"), partner, TestOffers.weekly(TestNetworks.unique("Eerste"), start));
        var mine = offers.register(
                Actor.system(network, "Test"), partner, TestOffers.weekly(TestNetworks.unique("Tweede"), start));
        var foreignId = offers.get(network, theirs).schedules().getFirst().id();

        // schedule ids are public in the HSDS API: a tampered form names another offer's schedule
        var form = offers.form(network, mine);
        form.getSchedules().getFirst().setId(foreignId);
        offers.update(staff, mine, form);
        var created = TestOffers.weekly(TestNetworks.unique("Derde"), start);
        created.getSchedules().getFirst().setId(foreignId);
        var third = offers.create(staff, partner, created);

        assertThat(offers.get(network, theirs).schedules().getFirst().id()).isEqualTo(foreignId);
        assertThat(offers.get(network, mine).schedules().getFirst().id()).isNotEqualTo(foreignId);
        assertThat(offers.get(network, third).schedules().getFirst().id()).isNotEqualTo(foreignId);
        assertThat(offers.occurrences(network, theirs, start, 5)).isNotEmpty();
    }

    @Test
    void aRegisteredOfferHasItsOccurrencesForTwelveMonths() {
        var f = fixtures();
        var network = f.network("offer").id();
        var partner = f.partner(network, TestNetworks.unique("Speelotheek"), "Test");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        LocalDate nextTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        var id = offers.register(
                Actor.system(network, "Test"), partner, TestOffers.weekly(TestNetworks.unique("Spelen"), nextTuesday));

        var coming = offers.occurrences(network, id, today, 100);
        assertThat(coming).hasSizeBetween(52, 53);
        assertThat(coming.getFirst().startsAt().toLocalDate()).isEqualTo(nextTuesday);
        assertThat(coming.getFirst().startsAt().toLocalTime()).hasToString("10:00");
        assertThat(offers.get(network, id).lastVerified()).isEqualTo(today);
    }

    @Test
    void anOfferIsSeenInEveryNetworkOfItsPartnerAndNowhereElse() {
        var f = fixtures();
        var network = f.network("offer").id();
        var second = f.network("offer").id();
        var elsewhere = f.network("offer").id();
        var partner = f.partner(network, TestNetworks.unique("Bib"), "Test");
        partners.addToNetwork(Actor.system(second, "Test"), partner, false);
        var id = offers.register(
                Actor.system(network, "Test"),
                partner,
                TestOffers.weekly(TestNetworks.unique("Voorlezen"), LocalDate.now()));

        assertThat(offers.find(second, id)).isPresent();
        assertThat(offers.find(elsewhere, id)).isEmpty();
        assertThat(offers.list(elsewhere, OfferFilter.all())).isEmpty();
        var stranger = f.member(elsewhere, NetworkRole.COORDINATOR);
        assertThatThrownBy(() -> offers.update(stranger, id, offers.form(network, id)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void staffEditTheirOwnPartnersOfferOnlyAndAStaleFormIsRefused() {
        var f = fixtures();
        var network = f.network("offer").id();
        var own = f.partner(network, TestNetworks.unique("Eigen"), "Test");
        var other = f.partner(network, TestNetworks.unique("Ander"), "Test");
        var id = offers.register(
                Actor.system(network, "Test"), own, TestOffers.weekly(TestNetworks.unique("Kijkdag"), LocalDate.now()));
        var staff = f.member(network, NetworkRole.PARTNER_STAFF, own);
        var otherStaff = f.member(network, NetworkRole.PARTNER_STAFF, other);

        var form = offers.form(network, id);
        var stale = offers.form(network, id);
        form.setName("Kijkdag nieuw");
        offers.update(staff, id, form);

        assertThat(offers.get(network, id).name()).isEqualTo("Kijkdag nieuw");
        assertThatThrownBy(() -> offers.update(staff, id, stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> offers.update(otherStaff, id, offers.form(network, id)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> offers.create(otherStaff, own, TestOffers.weekly("X", LocalDate.now())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void schedulesKeepTheirIdsAcrossEditsAndLocationsMustBeThePartnersOwn() {
        var f = fixtures();
        var network = f.network("offer").id();
        var partner = f.partner(network, TestNetworks.unique("Plaats"), "Test");
        var other = f.partner(network, TestNetworks.unique("Elders"), "Test");
        var form = TestOffers.weekly(TestNetworks.unique("Ruilkast"), LocalDate.now());
        form.setLocationIds(List.of(
                offers.locationsOf(network, partner).getFirst().id(),
                offers.locationsOf(network, other).getFirst().id()));
        var id = offers.register(Actor.system(network, "Test"), partner, form);
        var before = offers.get(network, id);

        var coordinator = f.member(network, NetworkRole.COORDINATOR);
        var edit = offers.form(network, id);
        edit.setDescription("Anders");
        offers.update(coordinator, id, edit);

        assertThat(before.locations()).extracting(OfferView.Place::postcode).containsExactly("9990");
        assertThat(offers.get(network, id).schedules().getFirst().id())
                .isEqualTo(before.schedules().getFirst().id());
    }

    @Test
    void anOfferKeepsItsPlaceWhenThePartnerIsEditedAndLosesItWhenThePlaceIsGone() {
        var f = fixtures();
        var network = f.network("offer").id();
        var partner = f.partner(network, TestNetworks.unique("Verhuis"), "Test");
        var form = TestOffers.weekly(TestNetworks.unique("Zitdag"), LocalDate.now());
        var place = offers.locationsOf(network, partner).getFirst().id();
        form.setLocationIds(List.of(place));
        var id = offers.register(Actor.system(network, "Test"), partner, form);
        var coordinator = f.member(network, NetworkRole.COORDINATOR);

        var edit = partners.form(network, partner);
        edit.setDescription("Nieuwe beschrijving");
        edit.getLocations().getFirst().setName("Hoofdzetel");
        partners.update(coordinator, partner, edit);

        assertThat(offers.get(network, id).locations())
                .extracting(OfferView.Place::id)
                .containsExactly(place);
        assertThat(offers.get(network, id).locations())
                .extracting(OfferView.Place::name)
                .containsExactly("Hoofdzetel");

        var moved = partners.form(network, partner);
        moved.getLocations().getFirst().setStreet("Nieuwstraat 9");
        partners.update(coordinator, partner, moved);

        assertThat(offers.get(network, id).locations()).isEmpty();
    }

    @Test
    void theNightlyJobWritesOccurrencesAgainUpToTheHorizon() {
        var f = fixtures();
        var network = f.network("offer").id();
        var partner = f.partner(network, TestNetworks.unique("Nacht"), "Test");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        var id = offers.register(
                Actor.system(network, "Test"), partner, TestOffers.weekly(TestNetworks.unique("Wekelijks"), today));
        int before = offers.occurrences(network, id, today, 100).size();
        jdbc.sql("delete from offer_occurrence where offer_id = ?")
                .param(id.value())
                .update();

        new OccurrenceHorizon(offers).extend();

        assertThat(offers.occurrences(network, id, today, 100)).hasSize(before);
    }
}
