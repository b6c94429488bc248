create table app_user (
    id            uuid primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text,
    admin         boolean     not null default false,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
create unique index app_user_email_idx on app_user (lower(email));

-- A person's role in one network; partner staff are tied to one partner organisation.
create table membership (
    user_id    uuid        not null references app_user (id) on delete cascade,
    network_id uuid        not null references network (id) on delete cascade,
    role       text        not null,
    partner_id uuid,
    created_at timestamptz not null default now(),
    primary key (user_id, network_id),
    check ((role = 'PARTNER_STAFF') = (partner_id is not null))
);
create index membership_network_idx on membership (network_id);

-- Only hashes of the tokens sent by e-mail are stored: a database leak does not open accounts.
create table invitation (
    id          uuid primary key,
    network_id  uuid        not null references network (id) on delete cascade,
    email       text        not null,
    role        text        not null,
    partner_id  uuid,
    invited_by  uuid references app_user (id) on delete set null,
    token_hash  text        not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    accepted_at timestamptz
);
create index invitation_network_idx on invitation (network_id);

create table password_reset (
    token_hash text primary key,
    user_id    uuid        not null references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);

create table personal_access_token (
    id           uuid primary key,
    user_id      uuid        not null references app_user (id) on delete cascade,
    network_id   uuid        not null references network (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index personal_access_token_user_idx on personal_access_token (user_id);
