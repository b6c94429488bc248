package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.StielTime;

/** The families' search: words, typos, every filter, and only what is public. */
@StielTest
class OfferCatalogSearchTests {

    @Autowired
    OfferCatalog catalog;

    @Autowired
    Offers offers;

    @Autowired
    Networks networks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    static final LocalDate TODAY = LocalDate.now(StielTime.ZONE);

    static OfferQuery q(String text) {
        return OfferQuery.all().withQ(text);
    }

    List<String> names(OfferQuery query) {
        return catalog.search(query).offers().stream()
                .map(PublicOfferSummary::name)
                .toList();
    }

    /** A network of the test's own with one partner (location in 9990 Eerste). */
    record Fixture(NetworkView network, PartnerId partner, OfferView.Place place) {}

    Fixture fixture() {
        var f = new TestNetworks(networks, accounts, partners);
        var network = f.network("catalog");
        var partner = f.partner(network.id(), TestNetworks.unique("Gezinspunt"), "Test");
        var place = offers.locationsOf(network.id(), partner).getFirst();
        return new Fixture(network, partner, place);
    }

    OfferId add(Fixture fixture, String name, Consumer<OfferForm> change) {
        var form = TestOffers.weekly(name, TODAY.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)));
        form.setLocationIds(List.of(fixture.place().id()));
        change.accept(form);
        return offers.register(Actor.system(fixture.network().id(), "Test"), fixture.partner(), form);
    }

    OfferQuery in(Fixture fixture) {
        return OfferQuery.network(fixture.network().slug());
    }

    @Test
    void aMisspelledDutchWordStillFindsTheOffer() {
        assertThat(names(q("babymasage"))).contains("Babymassage");
        assertThat(names(q("peuterspeelgroup"))).contains("Peuterspeelgroep");

        var fixture = fixture();
        String name = TestNetworks.unique("Peuterspeelpleintje");
        add(fixture, name, form -> {});
        assertThat(names(in(fixture).withQ("peuterspeelpelintje"))).containsExactly(name);
        assertThat(names(in(fixture).withQ("kattenluik"))).isEmpty();
    }

    @Test
    void dutchStemmingAndAccentsDoNotMatter() {
        var fixture = fixture();
        String name = TestNetworks.unique("Ideeën voor crèches");
        add(fixture, name, form -> form.setDescription("We wandelen samen door het bos."));
        assertThat(names(in(fixture).withQ("ideeen creche"))).containsExactly(name);
        assertThat(names(in(fixture).withQ("wandeling"))).containsExactly(name);
        assertThat(names(in(fixture).withQ("CRÉCHES"))).containsExactly(name);
    }

    @Test
    void onlyPublishedOffersThatHaveNotEndedAreFound() {
        var fixture = fixture();
        String word = "zwaluwstaart" + System.nanoTime();
        add(fixture, "Gepubliceerd " + word, form -> {});
        add(fixture, "Verborgen " + word, form -> form.setPublished(false));
        add(fixture, "Gedaan " + word, form -> form.setStatus(OfferStatus.ENDED));
        add(
                fixture,
                "Voorbij " + word,
                form -> form.getSchedules()
                        .getFirst()
                        .setUntil(TODAY.minusDays(1))); // an activity whose dates are all past
        assertThat(names(in(fixture))).containsExactly("Gepubliceerd " + word);
    }

    @Test
    void anActivityDropsOutOnTheDayAfterItsLastDate() {
        var fixture = fixture();
        String word = "kwikstaart" + System.nanoTime();
        LocalDate lastDate = TODAY.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        add(fixture, "Eenmalig " + word, form -> form.getSchedules().getFirst().setUntil(lastDate));
        add(fixture, "Wekelijks " + word, form -> {});

        assertThat(namesOn(in(fixture), lastDate)).containsExactly("Eenmalig " + word, "Wekelijks " + word);
        assertThat(namesOn(in(fixture), lastDate.plusDays(1))).containsExactly("Wekelijks " + word);
    }

    /** The search as it would run on another day, with the occurrences as they are now. */
    List<String> namesOn(OfferQuery query, LocalDate day) {
        var statement = OfferCatalogQueries.search(
                query, day.atTime(12, 0).atZone(StielTime.ZONE).toInstant());
        return jdbc
                .sql(statement.sql())
                .params(statement.params())
                .query((rs, row) -> rs.getString("name"))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * A search whose best plan depends on its values (a place, days, dates, or no words) is planned for them, and only
     * inside its transaction (see OfferCatalog.planForTheseValues); a search by words keeps PostgreSQL's own choice.
     */
    @Test
    void aSearchByPlaceIsPlannedForItsValuesWithinItsTransactionOnly() {
        var byPlace = with(q("peuterspeelpleintje"), "place", "9000", null);
        assertThat(planCacheModeDuring(byPlace)).isEqualTo("force_custom_plan");
        assertThat(planCacheModeDuring(OfferQuery.all())).isEqualTo("force_custom_plan");
        assertThat(planCacheModeDuring(q("peuterspeelpleintje"))).isEqualTo("auto");
        String after = new TransactionTemplate(transactions)
                .execute(status -> jdbc.sql("select current_setting('plan_cache_mode')")
                        .query(String.class)
                        .single());
        assertThat(after).isEqualTo("auto");
    }

    private String planCacheModeDuring(OfferQuery query) {
        return new TransactionTemplate(transactions).execute(status -> {
            catalog.search(query);
            return jdbc.sql("select current_setting('plan_cache_mode')")
                    .query(String.class)
                    .single();
        });
    }

    @Test
    void allNetworksOrOne() {
        var first = fixture();
        var second = fixture();
        String word = "ijsvogeltje" + System.nanoTime();
        add(first, "Eerste " + word, form -> {});
        add(second, "Tweede " + word, form -> {});
        assertThat(names(q(word))).containsExactlyInAnyOrder("Eerste " + word, "Tweede " + word);
        assertThat(names(in(first).withQ(word))).containsExactly("Eerste " + word);
    }

    @Test
    void filtersForAgeCostLanguageDomainPlaceAndDays() {
        var fixture = fixture();
        add(fixture, "Baby", form -> {
            form.setAgeMinMonths(0);
            form.setAgeMaxMonths(12);
            form.setLanguages(List.of("nl", "ar"));
        });
        add(fixture, "Kleuter", form -> {
            form.setAgeMinMonths(30);
            form.setAgeMaxMonths(72);
            form.setCost(OfferCost.PAID);
            form.setPrice(new java.math.BigDecimal("5.00"));
            form.setReducedTariff(true);
            form.setLifeDomains(java.util.EnumSet.of(LifeDomain.LEISURE));
        });
        add(fixture, "Zwanger", form -> {
            form.setAgeMinMonths(-9);
            form.setAgeMaxMonths(-1);
            form.setCost(OfferCost.PAID);
            form.setPrice(new java.math.BigDecimal("10.00"));
            form.getSchedules().getFirst().setByday("SA");
        });
        var all = in(fixture);
        assertThat(names(all)).containsExactly("Baby", "Kleuter", "Zwanger");
        assertThat(names(with(all, "age", 6, OfferQuery.AgeUnit.MONTHS))).containsExactly("Baby");
        assertThat(names(with(all, "age", 4, OfferQuery.AgeUnit.YEARS))).containsExactly("Kleuter");
        assertThat(names(with(all, "expecting"))).containsExactly("Zwanger");
        assertThat(names(with(all, "free"))).containsExactly("Baby");
        assertThat(names(with(all, "reduced"))).containsExactly("Kleuter");
        assertThat(names(with(all, "freeOrReduced"))).containsExactly("Baby", "Kleuter");
        assertThat(names(with(all, "language", "ar"))).containsExactly("Baby");
        assertThat(names(with(all, "domain", LifeDomain.LEISURE))).containsExactly("Kleuter");
        assertThat(names(with(all, "day", DayOfWeek.SATURDAY))).containsExactly("Zwanger");
        assertThat(names(with(all, "day", DayOfWeek.SUNDAY))).isEmpty();
    }

    @Test
    void filtersForPlaceDistanceAndDates() {
        // the fixture's location (no coordinates) is in 9990, a real postcode (Maldegem): it counts from its point,
        // 3.3 km from the real 9992's (Middelburg)
        var fixture = fixture();
        String name = TestNetworks.unique("Buurtontbijt");
        add(fixture, name, form -> {});
        var all = in(fixture);
        assertThat(names(with(all, "place", "9990", null))).containsExactly(name);
        assertThat(names(with(all, "place", "eerste", null))).containsExactly(name);
        assertThat(names(with(all, "place", "9992", null))).isEmpty();
        assertThat(names(with(all, "place", "Tweede", null))).isEmpty();
        assertThat(names(with(all, "place", "9992", 10))).containsExactly(name);
        assertThat(names(with(all, "place", "9992", 2))).isEmpty();

        LocalDate tuesday = TODAY.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        assertThat(names(with(all, "dates", tuesday, tuesday))).containsExactly(name);
        assertThat(names(with(all, "dates", tuesday.plusDays(1), tuesday.plusDays(5))))
                .isEmpty();
        assertThat(names(with(all, "dates", tuesday.plusDays(1), null))).containsExactly(name);
    }

    /** One criterion changed; the others as in {@code query}. */
    static OfferQuery with(OfferQuery query, String what, Object... values) {
        var q = query;
        return switch (what) {
            case "age" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        (Integer) values[0],
                        (OfferQuery.AgeUnit) values[1],
                        false,
                        null,
                        null,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        1);
            case "expecting" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        true,
                        null,
                        null,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        1);
            case "free" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        true,
                        false,
                        null,
                        null,
                        null,
                        null,
                        1);
            case "reduced" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        false,
                        true,
                        null,
                        null,
                        null,
                        null,
                        1);
            case "freeOrReduced" ->
                new OfferQuery(
                        q.q(), q.network(), null, null, false, null, null, null, true, true, null, null, null, null, 1);
            case "language" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        (String) values[0],
                        1);
            case "domain" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        (LifeDomain) values[0],
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        1);
            case "day" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        false,
                        false,
                        List.of((DayOfWeek) values[0]),
                        null,
                        null,
                        null,
                        1);
            case "place" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        false,
                        (String) values[0],
                        (Integer) values[1],
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        1);
            case "dates" ->
                new OfferQuery(
                        q.q(),
                        q.network(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        false,
                        false,
                        null,
                        (LocalDate) values[0],
                        (LocalDate) values[1],
                        null,
                        1);
            default -> throw new IllegalArgumentException(what);
        };
    }
}
