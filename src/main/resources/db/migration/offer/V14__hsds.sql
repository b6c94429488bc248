-- HSDS 3.0 exchange. An imported file carries the ids of the system it came from; they are kept here per network,
-- so that importing the same file again updates what the first import created instead of adding it twice, and so
-- that a network's import can only ever reach that network's records.
create table hsds_ref (
    network_id uuid not null references network (id) on delete cascade,
    -- organization or service
    entity     text not null,
    hsds_id    text not null,
    local_id   uuid not null,
    primary key (network_id, entity, hsds_id)
);

-- An uploaded file, its preview and, once started, the import's progress (polled by the import page).
create table hsds_import_job (
    id          uuid primary key,
    network_id  uuid        not null references network (id) on delete cascade,
    created_by  uuid        not null,
    file_name   text        not null,
    content     bytea       not null,
    status      text        not null,
    total       int         not null default 0,
    done        int         not null default 0,
    report      text        not null,
    failure     text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index hsds_import_job_network_idx on hsds_import_job (network_id, created_at);
