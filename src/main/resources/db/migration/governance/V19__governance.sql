-- Governance: bodies (steering group, working groups) with their membership history, the decision log and the
-- cooperation agreements of partners with their network.

create table governance_body (
    id         uuid primary key,
    network_id uuid        not null references network (id) on delete cascade,
    name       text        not null,
    kind       text        not null check (kind in ('STEERING_GROUP', 'WORKING_GROUP')),
    mandate    text,
    chair_id   uuid references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    bigint      not null default 0
);
create unique index governance_body_name_idx on governance_body (network_id, lower(name));

-- membership history: leaving sets left_on, a row is never deleted
create table governance_body_member (
    id         uuid primary key,
    body_id    uuid not null references governance_body (id) on delete cascade,
    network_id uuid not null,
    partner_id uuid not null,
    person_id  uuid references app_user (id) on delete set null,
    joined_on  date not null,
    left_on    date,
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade,
    check (left_on is null or left_on >= joined_on)
);
create index governance_body_member_body_idx on governance_body_member (body_id);

create table governance_decision (
    id            uuid primary key,
    network_id    uuid        not null references network (id) on delete cascade,
    body_id       uuid references governance_body (id) on delete restrict,
    title         text        not null,
    rationale     text,
    decided_on    date        not null,
    meeting_id    uuid,
    meeting_title text,
    meeting_date  date,
    recorded_by   uuid references app_user (id) on delete set null,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    search        tsvector generated always as (
                      setweight(to_tsvector('dutch', title), 'A')
                      || setweight(to_tsvector('dutch', coalesce(rationale, '')), 'B')) stored
);
create index governance_decision_network_idx on governance_decision (network_id, decided_on desc);
create index governance_decision_meeting_idx on governance_decision (network_id, meeting_id);
create index governance_decision_search_idx on governance_decision using gin (search);

-- goals live in planning (V18); a plain reference keeps this migration independent of that table's shape
create table governance_decision_goal (
    decision_id uuid not null references governance_decision (id) on delete cascade,
    goal_id     uuid not null,
    primary key (decision_id, goal_id)
);

create table governance_decision_action (
    decision_id uuid not null references governance_decision (id) on delete cascade,
    action_id   uuid not null references planning_action (id) on delete cascade,
    primary key (decision_id, action_id)
);

create table governance_agreement (
    id             uuid primary key,
    network_id     uuid        not null,
    partner_id     uuid        not null,
    partner_commits text       not null,
    network_offers text        not null,
    starts_on      date        not null,
    ends_on        date        not null,
    signed_on      date,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade,
    unique (network_id, partner_id),
    check (ends_on >= starts_on)
);

-- the signed PDF apart from the agreement, so lists never load it
create table governance_agreement_document (
    agreement_id uuid primary key references governance_agreement (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null default now()
);

-- one renewal reminder per agreement and end date: a renewed period (new end date) is reminded again
create table governance_agreement_reminder (
    agreement_id uuid        not null references governance_agreement (id) on delete cascade,
    ends_on      date        not null,
    sent_at      timestamptz not null,
    primary key (agreement_id, ends_on)
);
