-- Imports of context figures (Statbel's population file, a long table in CSV or XLSX): an upload is read in the
-- background into a preview that lives here, not in an instance's memory, so that the preview and the confirmation
-- may be served by different instances and survive a restart. Only what the preview shows is kept: the aggregated
-- figures to write and the row-level issues; the file itself is never stored.

create table insight_import (
    id          uuid primary key,
    network_id  uuid        not null references network (id) on delete cascade,
    kind        text        not null check (kind in ('STATBEL_POPULATION', 'LONG_TABLE')),
    file_name   text        not null,
    created_by  uuid        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    -- READING (the file is being read), PREVIEW (ready to confirm), BLOCKED (rows with errors: nothing can be
    -- written), DONE (written), FAILED (the file could not be read), EXPIRED (a preview nobody confirmed)
    status      text        not null check (status in ('READING', 'PREVIEW', 'BLOCKED', 'DONE', 'FAILED', 'EXPIRED')),
    bytes_total bigint      not null default 0,
    bytes_read  bigint      not null default 0,
    rows_read   bigint      not null default 0,
    figures     integer     not null default 0,
    errors      integer     not null default 0,
    skipped     bigint      not null default 0,
    -- figures the confirmation inserted or changed (the same values again change nothing)
    written     integer,
    confirmed_at timestamptz,
    failure     text
);
-- the history, newest first, a page at a time
create index insight_import_network_idx on insight_import (network_id, created_at desc, id desc);
-- the clean-up of stale previews
create index insight_import_stale_idx on insight_import (updated_at) where status in ('READING', 'PREVIEW', 'BLOCKED');

-- What the confirmation writes: one row per figure, already summed (age bands, merged municipalities).
create table insight_import_figure (
    import_id    uuid           not null references insight_import (id) on delete cascade,
    nis_code     text           not null,
    indicator    text           not null,
    period_kind  text           not null check (period_kind in ('YEAR', 'DATE')),
    period_date  date           not null,
    value        numeric(14, 4) not null,
    numerator    numeric(14, 4),
    denominator  numeric(14, 4),
    source       text,
    published_on date,
    licence      text,
    note         text,
    primary key (import_id, indicator, nis_code, period_kind, period_date)
);

-- Row-level errors (with line and column), what was skipped and why (with how many rows), and notes (a share of a
-- merged municipality left out).
create table insight_import_issue (
    import_id   uuid    not null references insight_import (id) on delete cascade,
    seq         integer not null,
    kind        text    not null check (kind in ('ERROR', 'SKIPPED', 'NOTE')),
    line        bigint,
    column_name text,
    message_key text    not null,
    arguments   text[]  not null default '{}',
    row_count   bigint  not null default 1,
    primary key (import_id, seq)
);
