package org.stiel.insight.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.insight.AgeBand;
import org.stiel.insight.GapReason;
import org.stiel.insight.Indicator;
import org.stiel.network.LifeDomain;
import org.stiel.offer.Offers;
import org.stiel.platform.StielTime;

/**
 * The statement that computes the gap analysis (docs/adr/0029) and its parameters: the network's supply from offer's
 * published read model (views of its V38), the need from the figures, the declines handed in as arrays; rates,
 * reasons and score in SQL. {@link GapQueries#refresh} writes its rows into the network's snapshot.
 */
final class GapStatement {

    private GapStatement() {}

    /**
     * The cells of the network: municipality × domain × band with supply, need, declines, reasons and score. Reads
     * the parameters named in {@link #params}.
     */
    static final String SCORED = """
            with area as (
                select * from unnest(cast(:nis as text[]), cast(:names as text[]), cast(:lat as float8[]),
                                     cast(:lon as float8[])) as a(nis, name, lat, lon)
            ), area_postcode as (
                select * from unnest(cast(:pcs as text[]), cast(:pcNis as text[])) as p(postcode, nis)
            ), band as (
                select * from unnest(cast(:bands as text[]), cast(:bandMin as int[]), cast(:bandMax as int[]),
                                     cast(:bandIndicators as text[])) with ordinality
                              as b(band, min_months, max_months, indicator, ord)
            ), offered as (
                -- the network's supply, one row per domain and band an offer serves
                select o.id, o.reach, o.capacity, o.last_verified <= :staleDate as stale, d.domain, b.band
                from offer_supply o
                join partners_membership pm on pm.partner_id = o.partner_id and pm.network_id = :network
                cross join lateral unnest(o.life_domains) as d(domain)
                join band b on (o.age_min_months is null or o.age_min_months <= b.max_months)
                           and (o.age_max_months is null or o.age_max_months >= b.min_months)
            ), offer_ids as (
                select distinct id from offered
            ), located as (
                select distinct p.offer_id, ap.nis
                from offer_supply_place p
                join offer_ids i on i.id = p.offer_id
                join area_postcode ap on ap.postcode = p.postcode
            ), session as (
                select s.offer_id, count(*) as n
                from offer_supply_session s
                join offer_ids i on i.id = s.offer_id
                where s.starts_at >= :from and s.starts_at < :to
                group by s.offer_id
            ), supply as (
                select l.nis, o.domain, o.band,
                       count(*) filter (where o.reach = 'UNIVERSAL') as universal,
                       count(*) filter (where o.reach = 'EXTRA') as extra,
                       coalesce(sum(o.capacity), 0) as places,
                       coalesce(sum(s.n), 0) as sessions,
                       count(*) filter (where o.stale) as stale
                from offered o
                join located l on l.offer_id = o.id
                left join session s on s.offer_id = o.id
                group by l.nis, o.domain, o.band
            ), point as (
                select distinct o.domain, o.band, p.latitude, p.longitude
                from offered o
                join offer_supply_place p on p.offer_id = o.id
                where p.latitude is not null and p.longitude is not null
            ), nearest as (
                select a.nis, p.domain, p.band,
                       min(2 * 6371 * asin(least(1, sqrt(
                           power(sin(radians(p.latitude - a.lat) / 2), 2)
                           + cos(radians(a.lat)) * cos(radians(p.latitude))
                             * power(sin(radians(p.longitude - a.lon) / 2), 2))))) as km
                from area a
                join point p on true
                where a.lat is not null and a.lon is not null
                group by a.nis, p.domain, p.band
            ), latest as (
                select distinct on (f.nis_code, f.indicator) f.nis_code, f.indicator, f.value
                from insight_figure f
                join area a on a.nis = f.nis_code
                where f.network_id = :network
                  and f.indicator in (select indicator from band union all select :deprivation)
                order by f.nis_code, f.indicator, f.period_date desc
            ), declined as (
                select nis, domain,
                       sum(n) filter (where kind = 'CAPACITY') as capacity,
                       sum(n) filter (where kind = 'NO_FIT') as no_fit,
                       sum(n) filter (where kind = 'WAITING') as waiting,
                       sum(n) as total
                from unnest(cast(:dNis as text[]), cast(:dDomain as text[]), cast(:dKind as text[]),
                            cast(:dCount as int[])) as d(nis, domain, kind, n)
                group by nis, domain
            ), cell as (
                select a.nis, a.name, d.domain, b.band, b.ord, d.ord as domain_ord,
                       round(c.value)::bigint as children, dep.value::float8 as deprivation,
                       coalesce(s.universal, 0) as universal, coalesce(s.extra, 0) as extra,
                       coalesce(s.places, 0) as places, coalesce(s.sessions, 0) as sessions,
                       coalesce(s.stale, 0) as stale, n.km,
                       coalesce(dc.capacity, 0) as declined_capacity, coalesce(dc.no_fit, 0) as declined_no_fit,
                       coalesce(dc.waiting, 0) as declined_waiting, coalesce(dc.total, 0) as declined
                from area a
                cross join unnest(cast(:domains as text[])) with ordinality as d(domain, ord)
                cross join band b
                left join supply s on s.nis = a.nis and s.domain = d.domain and s.band = b.band
                left join nearest n on n.nis = a.nis and n.domain = d.domain and n.band = b.band
                left join latest c on c.nis_code = a.nis and c.indicator = b.indicator
                left join latest dep on dep.nis_code = a.nis and dep.indicator = :deprivation
                left join declined dc on dc.nis = a.nis and dc.domain = d.domain
            ), rated as (
                select cell.*,
                       case when children > 0 then (universal + extra) * 1000.0 / children end::float8 as offers_rate,
                       case when children > 0 then places * 1000.0 / children end::float8 as places_rate,
                       case when children > 0 then sessions * 1000.0 / children end::float8 as sessions_rate,
                       (sum(universal + extra) filter (where children > 0) over (partition by domain, band) * 1000.0
                           / nullif(sum(children) filter (where children > 0) over (partition by domain, band), 0)
                       )::float8 as network_rate
                from cell
            ), reasoned as (
                select rated.*,
                       array_remove(array[
                           case when km is null or km > :nearbyKm then 'NO_OFFER_NEARBY' end,
                           case when offers_rate < network_rate / 2 then 'LOW_RATE' end,
                           case when declined >= :declines then 'DECLINES' end,
                           case when universal + extra > 0 and stale = universal + extra then 'STALE_ONLY' end
                       ], null) as reasons
                from rated
            ), scored as (
                select reasoned.*,
                       round(cast(coalesce(children, 0) * (1 + coalesce(deprivation, 0) / 100.0)
                             * (select coalesce(max(w.weight), 0)
                                from unnest(cast(:reasonNames as text[]), cast(:reasonWeights as int[]))
                                     as w(reason, weight)
                                where w.reason = any(reasons))
                             + :declinePoints * declined as numeric), 1) as score
                from reasoned
            )
            """;

    static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, GapQueries.Input input) {
        var areas = input.areas();
        List<String> pcs = new ArrayList<>();
        List<String> pcNis = new ArrayList<>();
        for (var a : areas) {
            for (var pc : a.postcodes()) {
                pcs.add(pc);
                pcNis.add(a.nisCode());
            }
        }
        var bands = AgeBand.values();
        var reasons = GapReason.values();
        var declines = input.declines();
        spec = spec.param("network", input.network().value())
                .param("nis", areas.stream().map(GapArea::nisCode).toArray(String[]::new))
                .param("names", areas.stream().map(GapArea::name).toArray(String[]::new))
                .param("lat", areas.stream().map(GapArea::latitude).toArray(Double[]::new))
                .param("lon", areas.stream().map(GapArea::longitude).toArray(Double[]::new))
                .param("pcs", pcs.toArray(String[]::new))
                .param("pcNis", pcNis.toArray(String[]::new))
                .param("bands", Arrays.stream(bands).map(Enum::name).toArray(String[]::new))
                .param("bandMin", Arrays.stream(bands).map(AgeBand::fromMonths).toArray(Integer[]::new))
                .param("bandMax", Arrays.stream(bands).map(AgeBand::toMonths).toArray(Integer[]::new))
                .param(
                        "bandIndicators",
                        Arrays.stream(bands)
                                .map(b -> Indicator.childrenIn(b).code())
                                .toArray(String[]::new))
                .param(
                        "domains",
                        Arrays.stream(LifeDomain.values()).map(Enum::name).toArray(String[]::new))
                .param("deprivation", Indicator.DEPRIVATION_INDEX.code())
                .param("staleDate", input.today().minus(Offers.STALE_AFTER))
                .param("from", Timestamp.from(input.now()))
                .param(
                        "to",
                        Timestamp.from(input.now()
                                .atZone(StielTime.ZONE)
                                .plusMonths(GapRules.SESSION_MONTHS)
                                .toInstant()))
                .param("dNis", declines.stream().map(DeclineTally::nisCode).toArray(String[]::new))
                .param("dDomain", declines.stream().map(d -> d.domain().name()).toArray(String[]::new))
                .param("dKind", declines.stream().map(DeclineTally::kind).toArray(String[]::new))
                .param("dCount", declines.stream().map(DeclineTally::count).toArray(Integer[]::new))
                .param("nearbyKm", (double) GapRules.NEARBY_KM)
                .param("declines", GapRules.DECLINES)
                .param("declinePoints", GapRules.DECLINE_POINTS)
                .param("reasonNames", Arrays.stream(reasons).map(Enum::name).toArray(String[]::new))
                .param(
                        "reasonWeights",
                        Arrays.stream(reasons).map(GapReason::weight).toArray(Integer[]::new));
        return spec;
    }
}
