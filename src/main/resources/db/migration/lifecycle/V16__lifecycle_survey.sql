-- The temperature and collaboration survey of an assessment round: one answer set per partner and round, given by a
-- representative of that partner (partner staff invited to the round). Keyed by partner, never by person: results
-- speak of partners, and nothing here says which person answered.
create table survey_response (
    id           uuid primary key,
    round_id     uuid        not null references lifecycle_round (id) on delete cascade,
    network_id   uuid        not null references network (id) on delete cascade,
    partner_id   uuid        not null,
    -- how warm the partner runs for the network, -5 (freezing) to 20 (warm); null while not given
    temperature  int check (temperature between -5 and 20),
    warmer       text,
    submitted_at timestamptz,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    unique (round_id, partner_id),
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade
);
create index survey_response_network_idx on survey_response (network_id, round_id);

-- What the responding partner says about one other partner. A missing row means "we do not work together"; trust and
-- value items are only kept where they work together at least occasionally.
create table survey_link (
    response_id      uuid not null references survey_response (id) on delete cascade,
    other_partner_id uuid not null,
    frequency        int  not null check (frequency between 1 and 3),
    reliable         int check (reliable between 1 and 4),
    open             int check (open between 1 and 4),
    mission          int check (mission between 1 and 4),
    influence        int check (influence between 1 and 4),
    resources        int check (resources between 1 and 4),
    involvement      int check (involvement between 1 and 4),
    primary key (response_id, other_partner_id)
);

-- The partner's agreement (1-5) with one collaboration-factor statement; keys are in CollaborationFactor.
create table survey_factor (
    response_id uuid not null references survey_response (id) on delete cascade,
    factor      text not null,
    score       int  not null check (score between 1 and 5),
    primary key (response_id, factor)
);
