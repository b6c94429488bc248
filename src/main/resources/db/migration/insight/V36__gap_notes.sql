-- The gap analysis (docs/adr/0029) is computed live from the offer's read model, the figures and the referrals API;
-- only what people add to a gap is stored: the coordinator's note and the challenge started from it.
create table insight_gap_note (
    network_id   uuid        not null references network (id) on delete cascade,
    nis_code     text        not null references place_municipality (nis_code),
    life_domain  text        not null,
    age_band     text        not null,
    note         text check (note is null or length(note) <= 2000),
    -- the plan's challenge started from this gap (planning's id; no foreign key across modules)
    challenge_id uuid,
    updated_by   uuid,
    updated_at   timestamptz not null,
    primary key (network_id, nis_code, life_domain, age_band)
);

-- A per-network snapshot of the analysis (docs/adr/0029): the statement that computes it reads the network's whole
-- offer, figures and declines (about 100 ms for a network of the benchmark's size), too much to run twice on every
-- view of the gap page. It is recomputed when it is older than GapRules.SNAPSHOT_MAX_AGE or marked stale (an offer
-- changed), and every night; notes and challenges are joined live.
create table insight_gap_snapshot (
    network_id  uuid primary key references network (id) on delete cascade,
    computed_at timestamptz not null,
    stale       boolean     not null default false
);

create table insight_gap_cell (
    network_id        uuid             not null references network (id) on delete cascade,
    nis               text             not null,
    name              text             not null,
    domain            text             not null,
    band              text             not null,
    domain_ord        int              not null,
    ord               int              not null,
    children          bigint,
    deprivation       double precision,
    universal         int              not null,
    extra             int              not null,
    places            int              not null,
    sessions          int              not null,
    stale             int              not null,
    km                double precision,
    declined_capacity int              not null,
    declined_no_fit   int              not null,
    declined_waiting  int              not null,
    declined          int              not null,
    offers_rate       double precision,
    places_rate       double precision,
    sessions_rate     double precision,
    network_rate      double precision,
    reasons           text[]           not null,
    score             numeric(14, 1)   not null,
    primary key (network_id, nis, domain, band)
);
-- the ranked list, a page at a time
create index insight_gap_cell_rank_idx on insight_gap_cell (network_id, score desc, nis, domain, band)
    where cardinality(reasons) > 0;
