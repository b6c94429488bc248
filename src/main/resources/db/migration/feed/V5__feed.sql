-- What's new in a network: who changed what, newest first. Holds field names, never field values.
create table feed_entry (
    id           uuid primary key,
    network_id   uuid        not null references network (id) on delete cascade,
    occurred_at  timestamptz not null,
    actor_name   text        not null,
    subject_type text        not null,
    subject_id   uuid        not null,
    subject_name text        not null,
    action       text        not null,
    changes      text[]      not null default '{}'
);
create index feed_entry_network_idx on feed_entry (network_id, occurred_at desc);
