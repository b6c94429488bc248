-- One network is one Huis van het Kind: the tenant that scopes all network data.
create table network (
    id            uuid primary key,
    name          text        not null,
    slug          text        not null unique,
    has_house     boolean     not null default false,
    house_address text,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0
);

create table municipality (
    id         uuid primary key,
    network_id uuid   not null references network (id) on delete cascade,
    position   int    not null,
    name       text   not null,
    postcodes  text[] not null default '{}',
    unique (network_id, name)
);
create index municipality_network_idx on municipality (network_id);
