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
