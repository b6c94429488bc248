package org.stiel.insight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.TestNetworks;
import org.stiel.accounts.Actor;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.network.Place;
import org.stiel.network.Places;
import org.stiel.offer.OfferForm;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferReach;
import org.stiel.offer.Offers;
import org.stiel.offer.ScheduleForm;
import org.stiel.offer.TestOffers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.StielTime;

/**
 * A small network of three real municipalities for the gap tests, with figures and parenting support for toddlers:
 * Zelzate (43018) has children but no offer, Lochristi (44087) two fresh offers, Lokeren (46029) one stale offer.
 *
 * <pre>
 * children 0-2 (latest year): Zelzate 400, Lochristi 800, Lokeren 1000; deprivation 20, 10, 15 %
 * parenting support 0-24 months: Lochristi universal (20 places, 1 session in 3 months) and extra (10 places);
 *                                Lokeren universal (15 places), last verified 7 months ago (stale)
 * network rate: 3 offers / 2 200 children = 1.364 per 1 000; half of it 0.682
 * Zelzate   : 0 per 1 000 (LOW_RATE), nearest offer in Lochristi, more than 5 km (NO_OFFER_NEARBY)
 *             score 400 x 1.20 x 3 = 1440.0
 * Lochristi : 2.5 per 1 000, nearest 0 km, fresh: no gap
 * Lokeren   : 1.0 per 1 000, nearest 0 km, only stale offers (STALE_ONLY): score 1000 x 1.15 x 1 = 1150.0
 * declined for lack of offer in 12 months: Lochristi parenting 3 for capacity + 1 waiting list (DECLINES):
 *             Lochristi parenting 0-2 scores 800 x 1.10 x 1 + 50 x 4 = 1080.0;
 *             Zelzate childcare 2 for no fitting offer (below 3: no reason, but 2 x 50 on the score)
 * </pre>
 */
public final class GapFixture {

    public static final String ZELZATE = "43018";
    public static final String LOCHRISTI = "44087";
    public static final String LOKEREN = "46029";

    public final NetworkId network;
    final Place zelzate;
    final Place lochristi;
    final Place lokeren;
    final TestNetworks people;

    public GapFixture(
            Networks networks,
            TestNetworks people,
            Places places,
            Partners partners,
            Offers offers,
            JdbcClient jdbc,
            Clock clock) {
        this.people = people;
        var form = new NetworkForm();
        String slug = TestNetworks.slug("gaps");
        form.setName("Huis van het Kind " + slug);
        form.setSlug(slug);
        form.setMunicipalities(List.of(
                new NetworkForm.MunicipalityForm("Zelzate", "9060"),
                new NetworkForm.MunicipalityForm("Lochristi", "9080, 9185"),
                new NetworkForm.MunicipalityForm("Lokeren", "9160, 9180")));
        network = networks.create(form);
        zelzate = places.find(ZELZATE).orElseThrow();
        lochristi = places.find(LOCHRISTI).orElseThrow();
        lokeren = places.find(LOKEREN).orElseThrow();

        var actor = Actor.system(network, "Test");
        var inLochristi = partner(partners, actor, "Opvoedpunt Lochristi", "9080", lochristi);
        var inLokeren = partner(partners, actor, "Opvoedpunt Lokeren", "9160", lokeren);
        LocalDate today = StielTime.today(clock);
        var lochristiPlace = offers.locationsOf(network, inLochristi).getFirst().id();
        var lokerenPlace = offers.locationsOf(network, inLokeren).getFirst().id();
        offers.register(
                actor,
                inLochristi,
                parenting(
                        "Babbelbabies",
                        OfferReach.UNIVERSAL,
                        20,
                        lochristiPlace,
                        today.plusDays(10),
                        today.plusDays(100)));
        offers.register(actor, inLochristi, parenting("Thuisbegeleiding", OfferReach.EXTRA, 10, lochristiPlace));
        var stale = parenting("Opvoedingswinkel", OfferReach.UNIVERSAL, 15, lokerenPlace);
        stale.setLastVerified(today.minusMonths(7));
        offers.register(actor, inLokeren, stale);

        figure(jdbc, ZELZATE, "CHILDREN_0_2", 2024, "380");
        figure(jdbc, ZELZATE, "CHILDREN_0_2", 2025, "400");
        figure(jdbc, LOCHRISTI, "CHILDREN_0_2", 2025, "800");
        figure(jdbc, LOKEREN, "CHILDREN_0_2", 2025, "1000");
        figure(jdbc, ZELZATE, "DEPRIVATION_INDEX", 2025, "20");
        figure(jdbc, LOCHRISTI, "DEPRIVATION_INDEX", 2025, "10");
        figure(jdbc, LOKEREN, "DEPRIVATION_INDEX", 2024, "99");
        figure(jdbc, LOKEREN, "DEPRIVATION_INDEX", 2025, "15");

        var now = clock.instant();
        var month = java.time.Duration.ofDays(30);
        declined(
                jdbc,
                inLokeren,
                inLochristi,
                LOCHRISTI,
                LifeDomain.PARENTING_SUPPORT,
                "NO_CAPACITY",
                3,
                now.minus(month));
        declined(
                jdbc,
                inLokeren,
                inLochristi,
                LOCHRISTI,
                LifeDomain.PARENTING_SUPPORT,
                "WAITING_LIST",
                1,
                now.minus(month));
        declined(jdbc, inLochristi, inLokeren, ZELZATE, LifeDomain.CHILDCARE, "NO_FITTING_OFFER", 2, now.minus(month));
        // not counted: more than 12 months ago, another reason, or the family's municipality unknown
        declined(
                jdbc,
                inLokeren,
                inLochristi,
                ZELZATE,
                LifeDomain.CHILDCARE,
                "NO_CAPACITY",
                5,
                now.minus(java.time.Duration.ofDays(400)));
        declined(jdbc, inLokeren, inLochristi, ZELZATE, LifeDomain.CHILDCARE, "NOT_ELIGIBLE", 5, now.minus(month));
        declined(jdbc, inLokeren, inLochristi, null, LifeDomain.CHILDCARE, "NO_CAPACITY", 5, now.minus(month));
    }

    /** Declined referrals as the referrals module stores them (set up in SQL: its own test helper is its own). */
    private void declined(
            JdbcClient jdbc,
            PartnerId sender,
            PartnerId recipient,
            String nis,
            LifeDomain domain,
            String reason,
            int count,
            Instant answered) {
        for (int i = 0; i < count; i++) {
            var sent = java.sql.Timestamp.from(answered.minus(java.time.Duration.ofDays(2)));
            jdbc.sql("""
                            insert into referral (id, network_id, sender_partner_id, recipient_partner_id, status,
                                                  created_by, preferred_contact, life_domain, urgency, decline_reason,
                                                  created_at, sent_at, answered_at, municipality_nis)
                            values (?, ?, ?, ?, 'DECLINED', ?, 'PHONE', ?, 'NORMAL', ?, ?, ?, ?, ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            network.value(),
                            sender.value(),
                            recipient.value(),
                            UUID.randomUUID(),
                            domain.name(),
                            reason,
                            sent,
                            sent,
                            java.sql.Timestamp.from(answered),
                            nis)
                    .update();
        }
    }

    private PartnerId partner(Partners partners, Actor actor, String name, String postcode, Place at) {
        var form = TestNetworks.form(TestNetworks.unique(name), "Test.");
        var location = form.getLocations().getFirst();
        location.setPostcode(postcode);
        location.setCity(at.name());
        location.setLatitude(at.latitude());
        location.setLongitude(at.longitude());
        return partners.create(actor, form);
    }

    /** Parenting support for 0-24 months at one place, with a one-day session on each of the dates. */
    private static OfferForm parenting(String name, OfferReach reach, int capacity, UUID place, LocalDate... sessions) {
        var form = TestOffers.weekly(TestNetworks.unique(name), LocalDate.now());
        form.setKind(sessions.length == 0 ? OfferKind.SERVICE : OfferKind.ACTIVITY);
        form.setLifeDomains(EnumSet.of(LifeDomain.PARENTING_SUPPORT));
        form.setAgeMinMonths(0);
        form.setAgeMaxMonths(24);
        form.setReach(reach);
        form.setCapacity(capacity);
        form.setLocationIds(List.of(place));
        form.setSchedules(java.util.Arrays.stream(sessions)
                .map(day -> {
                    var schedule = new ScheduleForm();
                    schedule.setDtstart(day);
                    schedule.setOpensAt(LocalTime.of(10, 0));
                    schedule.setClosesAt(LocalTime.of(11, 0));
                    return schedule;
                })
                .toList());
        return form;
    }

    private void figure(JdbcClient jdbc, String nis, String indicator, int year, String value) {
        jdbc.sql("""
                        insert into insight_figure (id, network_id, nis_code, indicator, period_kind, period_date, value,
                                                    source, created_at, updated_at)
                        values (?, ?, ?, ?, 'YEAR', ?, ?, 'Test', ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        network.value(),
                        nis,
                        indicator,
                        LocalDate.of(year, 1, 1),
                        new BigDecimal(value),
                        java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    /** The great-circle distance in km, as the analysis computes it (haversine, earth radius 6 371 km). */
    static double km(Place a, Place b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
