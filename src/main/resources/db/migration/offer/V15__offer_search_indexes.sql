-- Indexes for the families' search at Flanders scale (50 000 offers, a million occurrences; docs/benchmarks.md).
-- Each one is there because EXPLAIN ANALYZE of a query of the benchmark's mix showed a scan it replaces.

-- "Online" offers match every place: a place search adds them to the offers at the place (a partial index: few rows).
create index offer_online_idx on offer (id, partner_id) where online;

-- A place typed as a municipality's name, accents and case aside: the partner locations in it and its postcodes.
create index partner_location_city_idx on partner_location (stiel_unaccent(lower(city)));
create index postcode_point_municipality_idx on postcode_point (stiel_unaccent(lower(municipality)));

-- "On Wednesdays and Saturdays": the occurrences of an offer on given weekdays (Belgian time), without reading all
-- of its coming occurrences.
create index offer_occurrence_dow_idx on offer_occurrence
    (offer_id, (extract(isodow from starts_at at time zone 'Europe/Brussels')::int), starts_at);
