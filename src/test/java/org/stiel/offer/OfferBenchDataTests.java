package org.stiel.offer;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stiel.bench.FlandersData;
import org.stiel.network.LifeDomain;
import org.stiel.network.internal.PlacesLoad;
import org.stiel.partners.PartnerKind;

/**
 * The benchmark's data generator at a tiny scale, on a PostgreSQL of its own with the real migrations: so that it
 * cannot rot when the schema moves on, and so that what it writes is what the application would have written
 * (valid enum values, occurrences as {@link OccurrenceExpander} expands the same schedules, searchable text).
 */
class OfferBenchDataTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static EmbeddedPostgres postgres;
    static Connection connection;
    static FlandersData.Result result;

    @BeforeAll
    static void generate() throws Exception {
        postgres =
                EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration")
                // the real places are loaded by a Java migration that Spring hands to Flyway in the application
                .javaMigrations(new PlacesLoad())
                .load()
                .migrate();
        connection = postgres.getPostgresDatabase().getConnection();
        assertThat(FlandersData.present(connection)).isFalse();
        result = new FlandersData(7, 0.02, TODAY).generate(connection);
    }

    @AfterAll
    static void stop() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void sizesFollowTheScale() throws SQLException {
        // 2 % of Flanders' 285 municipalities, 50 000 offers; ten partners per municipality, five per network
        assertThat(result.municipalities()).isEqualTo(6);
        assertThat(result.networks()).isEqualTo(2);
        assertThat(result.partners()).isEqualTo(60);
        assertThat(result.offers()).isEqualTo(1000);
        assertThat(count("select count(*) from offer")).isEqualTo(1000);
        assertThat(count("select count(*) from municipality")).isEqualTo(6);
        assertThat(count("select count(*) from offer_occurrence")).isEqualTo(result.occurrences());
        // most offers take place often: about 18 occurrences per offer on average
        assertThat(result.occurrences()).isGreaterThan(10L * result.offers());
        assertThat(FlandersData.present(connection)).isTrue();
        // the typo correction's vocabulary counts every word of every generated offer, as the trigger would
        assertThat(count("select count(*) from offer_word")).isPositive();
        assertThat(count("select count(*) from offer o, stiel_words(o.name || ' ' || coalesce(o.description, '')) w"
                        + " where not exists (select 1 from offer_word v where v.word = w)"))
                .isZero();
    }

    @Test
    void everyValueIsOneTheApplicationReads() throws SQLException {
        for (String kind : strings("select distinct kind from offer")) {
            OfferKind.valueOf(kind);
        }
        for (String cost : strings("select distinct cost from offer")) {
            OfferCost.valueOf(cost);
        }
        for (String status : strings("select distinct status from offer")) {
            OfferStatus.valueOf(status);
        }
        for (String pillar : strings("select distinct pillar from offer")) {
            Pillar.valueOf(pillar);
        }
        for (String reach : strings("select distinct reach from offer")) {
            OfferReach.valueOf(reach);
        }
        for (String audience : strings("select distinct unnest(audiences) from offer")) {
            Audience.valueOf(audience);
        }
        for (String domain : strings("select distinct unnest(life_domains) from offer")) {
            LifeDomain.valueOf(domain);
        }
        for (String kind : strings("select distinct kind from partner")) {
            PartnerKind.valueOf(kind);
        }
        for (String freq : strings("select distinct freq from offer_schedule where freq is not null")) {
            Frequency.valueOf(freq);
        }
        assertThat(strings("select distinct kind from offer")).containsExactlyInAnyOrder("SERVICE", "ACTIVITY");
    }

    @Test
    void occurrencesAreWhatTheApplicationWouldExpand() throws SQLException {
        Map<UUID, List<OfferView.Schedule>> schedules = new HashMap<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select s.* from offer_schedule s join offer o on o.id = s.offer_id
                        where o.status = 'ACTIVE' order by s.offer_id, s.position
                        """)) {
            while (rs.next()) {
                String freq = rs.getString("freq");
                schedules
                        .computeIfAbsent(rs.getObject("offer_id", UUID.class), id -> new ArrayList<>())
                        .add(new OfferView.Schedule(
                                rs.getObject("id", UUID.class),
                                rs.getString("description"),
                                rs.getObject("valid_from", LocalDate.class),
                                rs.getObject("valid_to", LocalDate.class),
                                rs.getObject("dtstart", LocalDate.class),
                                rs.getObject("opens_at", LocalTime.class),
                                rs.getObject("closes_at", LocalTime.class),
                                freq == null ? null : Frequency.valueOf(freq),
                                OfferQueries.integer(rs, "interval"),
                                rs.getString("byday"),
                                OfferQueries.integer(rs, "bymonthday"),
                                OfferQueries.integer(rs, "count"),
                                rs.getObject("until", LocalDate.class),
                                rs.getString("notes")));
            }
        }
        Set<String> expected = new HashSet<>();
        schedules
                .values()
                .forEach(list -> OccurrenceExpander.expand(list, List.of(), TODAY, TODAY.plusMonths(12))
                        .forEach(o -> expected.add(key(
                                o.scheduleId(),
                                o.startsAt().toInstant(),
                                o.endsAt().toInstant(),
                                o.allDay()))));
        Set<String> actual = new HashSet<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select * from offer_occurrence")) {
            while (rs.next()) {
                actual.add(key(
                        rs.getObject("schedule_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        rs.getBoolean("all_day")));
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyOfferIsFoundByItsNameInDutchFullText() throws SQLException {
        assertThat(count("""
                        select count(*) from offer
                        where not search @@ plainto_tsquery('stiel_dutch', name)
                        """)).isZero();
        assertThat(count("select count(*) from offer where description not like '%Fictief aanbod%'"))
                .isZero();
    }

    @Test
    void placesLieInFlandersAndTheirPostcodesAreKnown() throws SQLException {
        // every location in a real postcode of one of its network's real municipalities, near that postcode
        assertThat(count("""
                        select count(*) from partner_location l
                        where l.latitude not between 50.6 and 51.6 or l.longitude not between 2.5 and 6.0
                           or not exists (select 1 from places_postcode p where p.postcode = l.postcode
                                          and abs(p.latitude - l.latitude) < 0.1)
                           or not exists (select 1 from network_partner np
                                          join municipality m on m.network_id = np.network_id
                                          where np.partner_id = l.partner_id and l.postcode = any(m.postcodes))
                        """)).isZero();
        assertThat(count("""
                        select count(*) from municipality m
                        where not exists (select 1 from place_municipality r
                                          where r.nis_code = m.nis_code and r.name_nl = m.name and not r.invented)
                        """)).isZero();
        // a network's municipalities are neighbours: Flanders is 240 km wide, a network's within 40 km of its first
        assertThat(count("""
                        select count(*) from municipality m
                        join municipality f on f.network_id = m.network_id and f.position = 0
                        join place_municipality a on a.nis_code = m.nis_code
                        join place_municipality b on b.nis_code = f.nis_code
                        where abs(a.latitude - b.latitude) > 0.36 or abs(a.longitude - b.longitude) > 0.57
                        """)).isZero();
        assertThat(count("""
                        select count(*) from offer o
                        where not o.online and not exists (
                            select 1 from offer_location ol join partner_location l on l.id = ol.location_id
                            where ol.offer_id = o.id and l.partner_id = o.partner_id)
                        """)).isZero();
        assertThat(count("select count(*) from partner p where not exists"
                        + " (select 1 from network_partner np where np.partner_id = p.id)"))
                .isZero();
    }

    @Test
    void partnersReadModelIsPlannedAsTheTablesBehindIt() throws SQLException {
        // docs/adr/0026: the views are expanded into the query, so the offer's list pages keep their plans and indexes
        String network =
                strings("select id::text from network order by id limit 1").getFirst();
        for (String sql : List.of(
                "select o.id, p.name from offer o join partners_membership np on np.partner_id = o.partner_id"
                        + " and np.network_id = '" + network + "' join partners_summary p on p.id = o.partner_id"
                        + " order by lower(p.name), lower(o.name), o.id limit 26",
                "select o.id from offer o where o.published and (o.online or o.id = any(array(select ol.offer_id"
                        + " from offer_location ol where ol.location_id = any(array(select l.id from partners_place l"
                        + " where stiel_unaccent(lower(l.city)) = stiel_unaccent(lower('Gent')))))))"
                        + " and exists (select 1 from partners_membership np where np.partner_id = o.partner_id)"
                        + " order by lower(o.name), o.id limit 26")) {
            String onTables = sql.replace("partners_membership", "network_partner")
                    .replace("partners_summary", "partner")
                    .replace("partners_place", "partner_location");
            assertThat(plan(sql)).isEqualTo(plan(onTables)).anyMatch(line -> line.contains(" on partner"));
        }
    }

    @Test
    void placesReadModelReachesTheIndexesOfThePlaces() throws SQLException {
        // the families' search by a place's name and from a postcode's point (network's views of V33): the reference
        // places' indexes (V29), as V15's index on postcode_point served the search before
        assertThat(strings("explain (costs off) select pn.postcode from places_postcode_name pn"
                        + " where stiel_unaccent(lower(pn.name)) = stiel_unaccent(lower('Gent'))"))
                .anyMatch(line -> line.contains("place_postcode_place_idx"))
                .anyMatch(line -> line.contains("place_municipality_name_idx"))
                .anyMatch(line -> line.contains("place_postcode_nis_idx"));
        assertThat(strings("explain (costs off) select avg(pc.latitude) from places_postcode pc"
                        + " where pc.postcode = '9000' or pc.postcode = any(array['9030', '9040'])"))
                .anyMatch(line -> line.contains("place_postcode_pkey"))
                .noneMatch(line -> line.contains("Seq Scan"));
    }

    /** The plan, without the aliases: a view's tables appear under their own names, the query's under its aliases. */
    private static List<String> plan(String sql) throws SQLException {
        return strings("explain (costs off) " + sql).stream()
                .map(line -> line.replaceAll("\\b(p|np|l|partner|network_partner|partner_location)\\.", "")
                        .replaceAll(" on (partner_location|network_partner|partner)( (p|np|l))?$", " on $1"))
                .toList();
    }

    private static String key(UUID schedule, java.time.Instant start, java.time.Instant end, boolean allDay) {
        return schedule + "|" + start + "|" + end + "|" + allDay;
    }

    private static long count(String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
