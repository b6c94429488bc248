-- The network module's published read model of the reference places (V29/V30) for other modules' SQL, as partners
-- publishes its own (V28, docs/adr/0026): the families' distance search and the HSDS API's postcode filter read
-- these views, never place_postcode or place_municipality, so network may change those tables as long as it keeps
-- the views' columns and meaning.

-- One point per postcode: several places share a postcode (9050 Gentbrugge and Ledeberg), their points are averaged.
-- A postcode lies in one municipality (bpost's list has no postcode across a border); the municipality's Dutch name
-- is null outside Flanders (the reference list of municipalities is Flemish). Grouped by postcode only, so a
-- condition on the postcode is applied before the grouping (the primary key's index), and the municipality's name is
-- looked up only when a query reads it.
create view places_postcode as
select p.postcode,
       min(p.nis_code)  as nis_code,
       (select m.name_nl from place_municipality m where m.nis_code = min(p.nis_code)) as municipality,
       avg(p.latitude)  as latitude,
       avg(p.longitude) as longitude
from place_postcode p
group by p.postcode;

-- Every name a family may type for a postcode: its places' names (9040 Sint-Amandsberg, 9000 Gent) and its
-- municipality's Dutch name (all postcodes of Gent). A name condition reaches both arms, each through its own index
-- (place_postcode_place_idx; place_municipality_name_idx, then place_postcode_nis_idx). A name may occur twice for a
-- postcode (9000: the place Gent and the municipality Gent).
create view places_postcode_name as
select p.postcode, p.place_nl as name
from place_postcode p
union all
select p.postcode, m.name_nl
from place_municipality m
join place_postcode p on p.nis_code = m.nis_code;

-- Read-only: the reference list changes through network (PlacesLoad, Places.defineInvented).
create function places_read_model_read_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is read-only: change places through the network module', tg_table_name;
end
$$;

create trigger places_postcode_read_only
    instead of insert or update or delete on places_postcode
    for each row execute function places_read_model_read_only();
create trigger places_postcode_name_read_only
    instead of insert or update or delete on places_postcode_name
    for each row execute function places_read_model_read_only();
