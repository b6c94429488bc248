package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;

/**
 * Not a test of behaviour: builds 50 000 offers with 500 000 occurrences (set-based SQL, a few minutes) and prints
 * EXPLAIN ANALYZE of the families' search for typical searches, to check that the plans use the indexes. Opt-in,
 * because it fills the shared test database: {@code ./mvnw test -Dtest=OfferCatalogExplainTests -Dstiel.explain=true}.
 */
@StielTest
@EnabledIfSystemProperty(named = "stiel.explain", matches = "true")
class OfferCatalogExplainTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    OfferCatalog catalog;

    @Test
    void explainTheSearchOnAFlandersSizedSet() {
        jdbc.sql("""
                insert into network (id, name, slug) values (gen_random_uuid(), 'Bench', 'bench')
                on conflict do nothing""").update();
        jdbc.sql("""
                with p as (
                    insert into partner (id, name, kind, reach)
                    select gen_random_uuid(), 'Benchpartner ' || i, 'OTHER', 'UNIVERSAL' from generate_series(1, 2500) i
                    returning id)
                insert into network_partner (network_id, partner_id) select (select id from network where slug = 'bench'), id from p
                """).update();
        jdbc.sql("""
                insert into partner_location (id, partner_id, position, street, postcode, city, latitude, longitude)
                select gen_random_uuid(), p.id, 0, 'Straat 1', (9000 + (abs(hashtext(p.id::text)) % 300))::text,
                       'Gemeente ' || (abs(hashtext(p.id::text)) % 300), 50.8 + random() * 0.5, 3.0 + random() * 2
                from partner p where p.name like 'Benchpartner %'
                """).update();
        jdbc.sql("""
                insert into offer (id, partner_id, kind, name, description, audiences, age_min_months, age_max_months,
                                   cost, reduced_tariff, languages, reach, pillar, life_domains, status, published,
                                   last_verified)
                select gen_random_uuid(), p.id, case when i % 2 = 0 then 'ACTIVITY' else 'SERVICE' end,
                       (array['Babymassage','Peuterspeelgroep','Voorleesuurtje','Kookatelier','Ouderavond',
                              'Speelnamiddag','Watergewenning','Taalcafé','Ruilkast','Opvoedingsspreekuur',
                              'Consultatie','Knutselnamiddag','Zwangerschapsyoga','Babysitcursus','Huiswerkklas'])[1 + i % 15]
                         || ' ' || i,
                       (array['Samen spelen en praten met andere ouders.','Een gesprek over slapen, eten en huilen.',
                              'Voor gezinnen met jonge kinderen in de buurt.','Gratis en zonder inschrijving.',
                              'We lezen voor en zingen liedjes.'])[1 + i % 5],
                       '{PARENTS}', (i % 7) * 6 - 9, (i % 7) * 6 + 36, case when i % 3 = 0 then 'FREE' else 'PAID' end,
                       i % 4 = 0, case when i % 5 = 0 then '{nl,ar}'::text[] else '{nl}'::text[] end, 'UNIVERSAL',
                       'MEETING_OTHERS', array[(array['LEISURE','HEALTH','EDUCATION','MEETING_OTHERS'])[1 + i % 4]],
                       case when i % 50 = 0 then 'ENDED' else 'ACTIVE' end, i % 40 <> 0, current_date
                from generate_series(1, 50000) i
                join lateral (select id from partner where name = 'Benchpartner ' || (1 + i % 2500)) p on true
                """).update();
        jdbc.sql("""
                insert into offer_location (offer_id, position, location_id)
                select o.id, 0, l.id from offer o join partner_location l on l.partner_id = o.partner_id
                where o.name ~ ' [0-9]+$' and o.description is not null
                on conflict do nothing
                """).update();
        jdbc.sql("""
                insert into offer_occurrence (offer_id, schedule_id, starts_at, ends_at)
                select o.id, o.id, date_trunc('day', now()) + (k * 7 + abs(hashtext(o.id::text)) % 7) * interval '1 day'
                                   + interval '10 hours',
                       date_trunc('day', now()) + (k * 7 + abs(hashtext(o.id::text)) % 7) * interval '1 day'
                                   + interval '12 hours'
                from offer o cross join generate_series(0, 9) k
                where o.name ~ ' [0-9]+$'
                on conflict do nothing
                """).update();
        jdbc.sql("analyze").update();

        for (var query : List.of(
                OfferQuery.all(),
                OfferQuery.all().withQ("babymasage"),
                OfferQuery.all().withQ("voorlezen liedjes"),
                OfferQuery.network("bench").withQ("peuterspeelgroep"),
                new OfferQuery(
                        "speelnamiddag",
                        null,
                        3,
                        OfferQuery.AgeUnit.YEARS,
                        false,
                        "9100",
                        10,
                        null,
                        true,
                        true,
                        List.of(java.time.DayOfWeek.SATURDAY),
                        null,
                        null,
                        "nl",
                        1),
                OfferQuery.all().withPage(5))) {
            var statement = OfferCatalogQueries.search(query, Instant.now());
            List<String> plan = named.queryForList(
                    "explain (analyze, buffers) " + statement.sql(), statement.params(), String.class);
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                catalog.search(query);
            }
            double ms = (System.nanoTime() - start) / 20 / 1e6;
            System.out.println("=== " + query.toQueryString(true) + " — mean " + ms + " ms via the facade");
            plan.forEach(System.out::println);
            assertThat(plan).isNotEmpty();
        }
        Map<String, Object> counts = jdbc.sql(
                        "select (select count(*) from offer) offers, (select count(*) from offer_occurrence) occurrences,"
                                + " (select count(*) from offer_word) words")
                .query()
                .singleRow();
        System.out.println("=== " + counts);
    }
}
