-- Real places, kept by the installation (not network data): the Flemish municipalities as they exist since the
-- mergers of 1 January 2025 (Statbel's NIS codes) and the Belgian postcodes with a point each (bpost's list,
-- coordinates © OpenStreetMap contributors). Loaded by the Java migration PlacesLoad (version 30) from
-- src/main/resources/reference/places; sources and licences in SOURCES.md there.

create table place_municipality (
    nis_code          text primary key check (nis_code ~ '^[0-9]{5}$'),
    name_nl           text             not null,
    name_fr           text,
    province_nis      text,
    province_nl       text,
    arrondissement_nis text,
    arrondissement_nl text,
    -- the codes of the municipalities merged into this one (an unchanged municipality: none)
    merged_from       text[]           not null default '{}',
    -- the demo's and the benchmark's municipalities: invented, with codes outside Statbel's range (99xxx)
    invented          boolean          not null default false,
    -- the middle of its postcodes' points, for the gap map and distances
    latitude          double precision,
    longitude         double precision,
    check (invented = (nis_code like '99%'))
);
create index place_municipality_name_idx on place_municipality (stiel_unaccent(lower(name_nl)) text_pattern_ops);
create index place_municipality_merged_idx on place_municipality using gin (merged_from);

-- One row per postcode and place: a postcode can cover several places (9000 Gent, 9030 Mariakerke, ...). The
-- municipality is a NIS code that need not be Flemish (Brussels and Wallonia are in the list for families' searches
-- near the border), so it is not a foreign key.
create table place_postcode (
    postcode     text             not null check (postcode ~ '^[0-9]{4}$'),
    place_nl     text             not null,
    nis_code     text             not null,
    region       text             not null check (region in ('flanders', 'brussels', 'wallonia')),
    latitude     double precision not null,
    longitude    double precision not null,
    primary key (postcode, place_nl)
);
create index place_postcode_nis_idx on place_postcode (nis_code);
create index place_postcode_place_idx on place_postcode (stiel_unaccent(lower(place_nl)) text_pattern_ops);

-- A network's municipality is a real (or the demo's invented) one, by its NIS code. Rows from before this
-- migration are matched by name where the name is a 2025 municipality's; the others stay without a code until
-- the admin picks one.
alter table municipality add column nis_code text references place_municipality (nis_code);
create unique index municipality_network_nis_idx on municipality (network_id, nis_code);
