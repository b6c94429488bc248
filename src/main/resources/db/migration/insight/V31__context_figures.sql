-- The network's local context: figures per municipality (NIS code), period and indicator. The built-in catalogue
-- of indicators lives in code (org.stiel.insight.Indicator: CHILDREN_0_2, BIRTHS, DEPRIVATION_INDEX, ...); a
-- network's own indicators (a local survey, a waiting list) are rows of insight_indicator with a code "own-...".

create table insight_indicator (
    id         uuid primary key,
    network_id uuid        not null references network (id) on delete cascade,
    code       text        not null check (code ~ '^own-[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text        not null,
    definition text,
    unit       text        not null check (unit in ('COUNT', 'PERCENT', 'PER_THOUSAND', 'NUMBER')),
    created_by uuid,
    created_at timestamptz not null,
    unique (network_id, code)
);

-- The indicators (built-in or own) whose figures partner staff may read, as the coordinator marks them.
create table insight_indicator_share (
    network_id uuid not null references network (id) on delete cascade,
    indicator  text not null,
    primary key (network_id, indicator)
);

create table insight_figure (
    id           uuid primary key,
    network_id   uuid          not null references network (id) on delete cascade,
    nis_code     text          not null references place_municipality (nis_code),
    indicator    text          not null,
    -- a year (period_date = 1 January of it) or a date (a count on that day)
    period_kind  text          not null check (period_kind in ('YEAR', 'DATE')),
    period_date  date          not null,
    value        numeric(14, 4) not null,
    numerator    numeric(14, 4),
    denominator  numeric(14, 4) check (denominator is null or denominator > 0),
    source       text,
    published_on date,
    licence      text,
    -- who: a person, or an import (then entered_by is who started it)
    entered_by   uuid,
    import_id    uuid,
    note         text,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    check (period_kind = 'DATE' or (extract(month from period_date) = 1 and extract(day from period_date) = 1)),
    -- one value per place, indicator and period: an import again replaces, it does not duplicate
    unique (network_id, indicator, nis_code, period_kind, period_date)
);
-- the latest figure of an indicator per municipality, and the trend over the years
create index insight_figure_place_idx on insight_figure (network_id, nis_code, indicator, period_date desc);
