-- The offer module's published read model for the gap analysis (insight, docs/adr/0029): what is on offer, where
-- and how often, without the offer's texts or contacts. Insight's SQL reads these views, never the offer tables, so
-- offer may change its tables as long as the views keep their columns and meaning. Plain views: PostgreSQL expands
-- them into the query and uses the offer tables' indexes.

-- The offers that count as supply: active and published (what families can find), with what the analysis groups
-- and sums by. Stale is decided by the reader with Offers.STALE_AFTER against last_verified.
create view offer_supply as
select id, partner_id, reach, life_domains, age_min_months, age_max_months, capacity, last_verified
from offer
where status = 'ACTIVE' and published;

-- Where an offer takes place: its locations' postcodes and points (the postcode's point where the location has
-- none). Online offers without a location have no row here.
create view offer_supply_place as
select ol.offer_id, pp.postcode,
       coalesce(pp.latitude, pt.latitude)   as latitude,
       coalesce(pp.longitude, pt.longitude) as longitude
from offer_location ol
join partners_place pp on pp.id = ol.location_id
left join places_postcode pt on pt.postcode = pp.postcode;

-- When an offer takes place (its occurrences), for counting sessions in a period.
create view offer_supply_session as
select offer_id, starts_at
from offer_occurrence;

create function offer_read_model_read_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is read-only: change offers through the offer module', tg_table_name;
end
$$;

create trigger offer_supply_read_only
    instead of insert or update or delete on offer_supply
    for each row execute function offer_read_model_read_only();
create trigger offer_supply_place_read_only
    instead of insert or update or delete on offer_supply_place
    for each row execute function offer_read_model_read_only();
create trigger offer_supply_session_read_only
    instead of insert or update or delete on offer_supply_session
    for each row execute function offer_read_model_read_only();
