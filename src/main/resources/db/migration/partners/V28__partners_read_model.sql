-- The partners module's published read model for other modules' SQL (docs/adr/0026). Another module that must
-- filter, join or sort on partners inside one statement (a list page in one query) reads these views, never the
-- tables behind them: partners may change its tables as long as these views keep their columns and meaning.
-- They are plain views, so PostgreSQL expands them into the query and uses the same indexes as before
-- (partner_name_idx, partner_location_city_idx, network_partner's primary key ...).

-- Which partner belongs to which network: an offer (or anything a partner owns) is seen in its partner's networks.
create view partners_membership as
select network_id, partner_id
from network_partner;

-- A partner's name, for the pages and exports of other modules that list partners' things.
create view partners_summary as
select id, name
from partner;

-- A partner's places (addresses), which its offers take place at.
create view partners_place as
select id, partner_id, position, name, street, postcode, city, latitude, longitude
from partner_location;

-- Read-only: a write through a view would change partners' data behind its facade, its rules and its events.
create function partners_read_model_read_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is read-only: change partners through the partners module', tg_table_name;
end
$$;

create trigger partners_membership_read_only
    instead of insert or update or delete on partners_membership
    for each row execute function partners_read_model_read_only();
create trigger partners_summary_read_only
    instead of insert or update or delete on partners_summary
    for each row execute function partners_read_model_read_only();
create trigger partners_place_read_only
    instead of insert or update or delete on partners_place
    for each row execute function partners_read_model_read_only();
