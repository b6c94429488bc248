-- The offer: services (ongoing) and activities (dated) of partners, one model that maps 1:1 onto HSDS 3.0
-- service + schedule. Ids are the HSDS ids (offer = service, partner = organization, partner_location = location,
-- offer_schedule = schedule), so that an import or export is idempotent by id. An offer belongs to its partner and
-- is seen in every network the partner belongs to: network_partner is the tenancy filter, as for partners.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), which indexes and generated columns refuse; with the
-- dictionary named explicitly it is safe to treat as immutable, the common workaround.
create or replace function stiel_unaccent(text) returns text
    language sql immutable parallel safe strict
as
$$
select public.unaccent('public.unaccent'::regdictionary, $1)
$$;

-- Dutch stemming that ignores accents: "créche" finds "crèche", "ideeën" finds "ideeen".
create text search configuration stiel_dutch (copy = dutch);
alter text search configuration stiel_dutch
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;

create table offer (
    id                        uuid primary key,
    partner_id                uuid        not null references partner (id) on delete cascade,
    kind                      text        not null,
    name                      text        not null,
    description               text,
    audiences                 text[]      not null default '{}',
    -- months; negative is before birth (-9 = start of pregnancy)
    age_min_months            int check (age_min_months between -9 and 1200),
    age_max_months            int check (age_max_months between -9 and 1200),
    cost                      text        not null,
    price                     numeric(8, 2) check (price >= 0),
    -- UiTPAS social tariff (kansentarief) for families with a low income
    reduced_tariff            boolean     not null default false,
    cost_notes                text,
    languages                 text[]      not null default '{}',
    interpretation            boolean     not null default false,
    accessibility             text,
    registration_required     boolean     not null default false,
    registration_how          text,
    registration_url          text,
    capacity                  int check (capacity >= 0),
    places_left               int check (places_left >= 0),
    reach                     text        not null,
    pillar                    text        not null,
    life_domains              text[]      not null default '{}',
    status                    text        not null,
    online                    boolean     not null default false,
    online_url                text,
    contact_name              text,
    contact_email             text,
    contact_phone             text,
    published                 boolean     not null default true,
    last_verified             date        not null,
    closed_in_school_holidays boolean     not null default false,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    version                   bigint      not null default 0,
    search                    tsvector generated always as (
        setweight(to_tsvector('stiel_dutch'::regconfig, coalesce(name, '')), 'A') ||
        setweight(to_tsvector('stiel_dutch'::regconfig, coalesce(description, '')), 'B')) stored,
    check (age_min_months is null or age_max_months is null or age_min_months <= age_max_months),
    check (places_left is null or capacity is null or places_left <= capacity)
);
create index offer_partner_idx on offer (partner_id);
create index offer_search_idx on offer using gin (search);
-- for typo tolerance (similarity, word_similarity) on the name, accent- and case-insensitive
create index offer_name_trgm_idx on offer using gin (stiel_unaccent(lower(name)) gin_trgm_ops);
create index offer_last_verified_idx on offer (last_verified);

-- HSDS cost_option: e.g. "kansentarief" 2.00 EUR
create table offer_cost_option (
    id       uuid primary key,
    offer_id uuid          not null references offer (id) on delete cascade,
    position int           not null,
    option   text          not null,
    amount   numeric(8, 2) check (amount >= 0),
    currency text          not null default 'EUR'
);
create index offer_cost_option_offer_idx on offer_cost_option (offer_id);

-- HSDS service_at_location. No foreign key to partner_location: the offer keeps its places when the partner's
-- locations are rewritten, and readers join partner_location, so a place that is gone simply drops out.
create table offer_location (
    offer_id    uuid not null references offer (id) on delete cascade,
    position    int  not null,
    location_id uuid not null,
    primary key (offer_id, position)
);
create index offer_location_location_idx on offer_location (location_id);

-- HSDS schedule, in RFC 5545 terms. A row without freq is one date (dtstart); opening hours are WEEKLY rows with
-- byday and opens_at/closes_at. Times are local (Europe/Brussels).
create table offer_schedule (
    id          uuid primary key,
    offer_id    uuid not null references offer (id) on delete cascade,
    position    int  not null,
    description text,
    valid_from  date,
    valid_to    date,
    dtstart     date,
    opens_at    time,
    closes_at   time,
    freq        text check (freq in ('DAILY', 'WEEKLY', 'MONTHLY')),
    "interval"  int check ("interval" >= 1),
    byday       text,
    bymonthday  int check (bymonthday between -31 and 31 and bymonthday <> 0),
    count       int check (count >= 1),
    until       date,
    notes       text
);
create index offer_schedule_offer_idx on offer_schedule (offer_id);

-- Exceptions: days an offer does not take place (from_date to to_date, both included).
create table offer_closure (
    id        uuid primary key,
    offer_id  uuid not null references offer (id) on delete cascade,
    position  int  not null,
    from_date date not null,
    to_date   date not null,
    reason    text,
    check (from_date <= to_date)
);
create index offer_closure_offer_idx on offer_closure (offer_id);

-- A network's school holidays, kept by its coordinator; offers flagged closed_in_school_holidays skip them.
create table school_holiday (
    id         uuid primary key,
    network_id uuid not null references network (id) on delete cascade,
    name       text not null,
    from_date  date not null,
    to_date    date not null,
    check (from_date <= to_date)
);
create index school_holiday_network_idx on school_holiday (network_id, from_date);

-- Every time an offer takes place, expanded from its schedules for twelve months ahead, minus closures and (when
-- flagged) school holidays. Rewritten with every save; a nightly job moves the horizon on.
create table offer_occurrence (
    offer_id    uuid        not null references offer (id) on delete cascade,
    schedule_id uuid        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    -- a date without opening hours: starts at midnight, ends at the next
    all_day     boolean     not null default false,
    primary key (offer_id, schedule_id, starts_at)
);
create index offer_occurrence_starts_idx on offer_occurrence (starts_at);
create index offer_occurrence_offer_idx on offer_occurrence (offer_id, starts_at);

-- When the stale-offer job last nudged about an offer: at most once per 30 days.
create table offer_stale_nudge (
    offer_id     uuid primary key references offer (id) on delete cascade,
    last_nudged  timestamptz not null
);

-- A point per postcode, for distance searches from a family's postcode.
create table postcode_point (
    postcode     text primary key,
    municipality text             not null,
    latitude     double precision not null,
    longitude    double precision not null
);
