-- Meetings that rotate between partners and municipalities (docs/adr/0013-meetings-that-rotate.md).

-- A room's capacity at one of a partner's locations, kept per network; the location itself is the partner's record
-- (partners module), found back by its key: postcode and street.
create table meeting_venue (
    network_id   uuid    not null,
    partner_id   uuid    not null,
    location_key text    not null,
    capacity     integer not null check (capacity between 1 and 10000),
    primary key (network_id, partner_id, location_key),
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade
);

-- Dates on which a partner cannot host.
create table meeting_unavailable (
    network_id uuid not null,
    partner_id uuid not null,
    day        date not null,
    primary key (network_id, partner_id, day),
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade
);

create table meeting_series (
    id                 uuid primary key,
    network_id         uuid        not null references network (id) on delete cascade,
    name               text        not null,
    kind               text        not null,
    body_id            uuid,
    start_time         time        not null,
    end_time           time        not null,
    expected_attendees integer     not null,
    confirmed          boolean     not null default false,
    created_at         timestamptz not null default now(),
    version            bigint      not null default 0
);
create index meeting_series_network_idx on meeting_series (network_id);

create table meeting_series_partner (
    series_id  uuid not null references meeting_series (id) on delete cascade,
    partner_id uuid not null,
    primary key (series_id, partner_id)
);

-- The proposal of a series that is not confirmed yet: one slot per date, with its explanation (message keys).
create table meeting_series_slot (
    series_id       uuid    not null references meeting_series (id) on delete cascade,
    position        integer not null,
    day             date    not null,
    host_partner_id uuid,
    venue_key       text,
    host_name       text    not null default '',
    venue_name      text    not null default '',
    municipality    text    not null default '',
    reasons         text    not null default '[]',
    primary key (series_id, position)
);

create table meeting (
    id                  uuid primary key,
    network_id          uuid        not null references network (id) on delete cascade,
    series_id           uuid references meeting_series (id) on delete set null,
    kind                text        not null,
    body_id             uuid,
    title               text        not null,
    day                 date        not null,
    start_time          time        not null,
    end_time            time        not null,
    host_partner_id     uuid,
    venue_key           text,
    venue_name          text,
    venue_address       text,
    municipality        text,
    minutes             text,
    invitations_sent_at timestamptz,
    created_at          timestamptz not null default now(),
    version             bigint      not null default 0,
    foreign key (network_id, host_partner_id) references network_partner (network_id, partner_id)
);
create index meeting_network_day_idx on meeting (network_id, day);

create table meeting_agenda_item (
    meeting_id uuid    not null references meeting (id) on delete cascade,
    position   integer not null,
    title      text    not null,
    primary key (meeting_id, position)
);

create table meeting_attendee (
    meeting_id uuid not null references meeting (id) on delete cascade,
    user_id    uuid not null references app_user (id) on delete cascade,
    attendance text,
    primary key (meeting_id, user_id)
);
