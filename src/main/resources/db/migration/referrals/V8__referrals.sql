-- Referrals between partners of one network, with the family's consent. Personal fields (contact_*, language,
-- contact_times, children_ages, need, consent_given_by, consent_purpose, outcome_note) are the only family data;
-- erasure and retention null them and set pseudonymised_at, keeping the rest for statistics and the audit trail.

-- The consent text a partner shows the family, versioned per network and maintained by the coordinator.
create table referral_consent_text (
    network_id  uuid        not null references network (id) on delete cascade,
    version     int         not null,
    body        text        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    primary key (network_id, version)
);

create table referral (
    id                        uuid primary key,
    network_id                uuid        not null references network (id) on delete cascade,
    sender_partner_id         uuid        not null references partner (id),
    recipient_partner_id      uuid        not null references partner (id),
    status                    text        not null,
    created_by                uuid        not null,
    assigned_to               uuid,
    -- the family (minimal data)
    contact_name              text,
    contact_phone             text,
    contact_email             text,
    preferred_contact         text        not null,
    language                  text,
    contact_times             text,
    children_ages             text,
    life_domain               text        not null,
    need                      text,
    urgency                   text        not null,
    -- the consent record
    consent_given_by          text,
    consent_given_on          date,
    consent_method            text,
    consent_purpose           text,
    consent_recipient_id      uuid,
    consent_text_version      int,
    -- the closed loop
    decline_reason            text,
    outcome                   text,
    outcome_note              text,
    created_at                timestamptz not null,
    sent_at                   timestamptz,
    opened_at                 timestamptz,
    answered_at               timestamptz,
    finished_at               timestamptz,
    withdrawn_at              timestamptz,
    reminded_unopened_at      timestamptz,
    reminded_unanswered_at    timestamptz,
    pseudonymised_at          timestamptz,
    pseudonym                 text,
    version                   bigint      not null default 0,
    foreign key (network_id, consent_text_version) references referral_consent_text (network_id, version)
);
create index referral_sender_idx on referral (network_id, sender_partner_id, status);
create index referral_recipient_idx on referral (network_id, recipient_partner_id, status);
create index referral_retention_idx on referral (finished_at) where pseudonymised_at is null;

-- Every step, timestamped with who did it. Names of staff, never of the family.
create table referral_step (
    referral_id uuid        not null references referral (id) on delete cascade,
    position    int         not null,
    action      text,                 -- null for the first step: the draft was written
    status      text        not null,
    actor_id    uuid,
    actor_name  text        not null,
    at          timestamptz not null,
    primary key (referral_id, position)
);

-- Who read a family's details, when: the partner can show a family who saw their data.
create table referral_access (
    id          uuid primary key,
    network_id  uuid        not null references network (id) on delete cascade,
    referral_id uuid        not null references referral (id) on delete cascade,
    user_id     uuid        not null,
    user_name   text        not null,
    partner_id  uuid,
    purpose     text        not null,
    at          timestamptz not null
);
create index referral_access_referral_idx on referral_access (referral_id, at);

-- In-app notifications for a partner's staff; they name the referral, never the family.
create table referral_notification (
    id          uuid primary key,
    network_id  uuid        not null references network (id) on delete cascade,
    partner_id  uuid        not null references partner (id),
    referral_id uuid        not null references referral (id) on delete cascade,
    kind        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index referral_notification_partner_idx on referral_notification (network_id, partner_id, read_at);
