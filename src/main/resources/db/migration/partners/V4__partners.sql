-- A partner organisation is shared by every network it belongs to; network_partner holds what is
-- specific to one network (core partner, expectations, interests) and is the tenancy filter.
create table partner (
    id           uuid primary key,
    name         text        not null,
    description  text,
    kind         text        not null,
    life_domains text[]      not null default '{}',
    reach        text        not null,
    website      text,
    expertise    text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    search       tsvector generated always as (
        setweight(to_tsvector('dutch', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('dutch', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('dutch', coalesce(expertise, '')), 'C')) stored
);
create index partner_search_idx on partner using gin (search);

create table partner_location (
    id         uuid primary key,
    partner_id uuid not null references partner (id) on delete cascade,
    position   int  not null,
    name       text,
    street     text not null,
    postcode   text not null,
    city       text not null,
    latitude   double precision,
    longitude  double precision
);
create index partner_location_partner_idx on partner_location (partner_id);
create index partner_location_postcode_idx on partner_location (postcode);

create table partner_contact (
    id         uuid primary key,
    partner_id uuid not null references partner (id) on delete cascade,
    position   int  not null,
    name       text not null,
    role       text,
    phone      text,
    email      text
);
create index partner_contact_partner_idx on partner_contact (partner_id);

create table network_partner (
    network_id   uuid        not null references network (id) on delete cascade,
    partner_id   uuid        not null references partner (id) on delete cascade,
    core         boolean     not null default false,
    expectations text,
    interests    text,
    joined_at    timestamptz not null default now(),
    primary key (network_id, partner_id)
);
create index network_partner_partner_idx on network_partner (partner_id);

alter table membership
    add constraint membership_partner_fk foreign key (network_id, partner_id)
        references network_partner (network_id, partner_id);
