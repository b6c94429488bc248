-- The lifecycle self-assessment: the crucial questions per phase, assessment rounds, who takes part and what they
-- answered. Also the planning module's action list, which a question can turn into (kept in this one migration so
-- that no second version number is needed).

-- A question of the five-phase lifecycle. The standard set (network_id null) has a stable key, and its texts live in
-- the message bundles (i18n/lifecycle-questions) under that key; a network's own questions carry their text here, in
-- the language the coordinator wrote them in. Questions are retired, never deleted: old rounds refer to them.
create table lifecycle_question (
    id         uuid primary key,
    network_id uuid references network (id) on delete cascade,
    key        text unique,
    phase      text        not null,
    theme      text        not null,
    position   int         not null,
    text       text,
    hint       text,
    retired_at timestamptz,
    created_at timestamptz not null default now(),
    version    bigint      not null default 0,
    check ((network_id is null) = (key is not null)),
    check (network_id is null or text is not null)
);
create index lifecycle_question_network_idx on lifecycle_question (network_id);

insert into lifecycle_question (id, key, phase, theme, position)
select gen_random_uuid(), q.key, q.phase, q.theme, q.position
from (values
    ('startup.initiator',                 'STARTUP', 'INITIATIVE',   10),
    ('startup.drive',                     'STARTUP', 'INITIATIVE',   20),
    ('startup.inform',                    'STARTUP', 'WARMING_UP',   30),
    ('startup.board-priorities',          'STARTUP', 'WARMING_UP',   40),
    ('startup.supporters',                'STARTUP', 'WARMING_UP',   50),
    ('startup.other-networks',            'STARTUP', 'WARMING_UP',   60),
    ('startup.coordination',              'STARTUP', 'COMPOSITION',  70),
    ('startup.universal-offer',           'STARTUP', 'COMPOSITION',  80),
    ('startup.life-domains',              'STARTUP', 'COMPOSITION',  90),
    ('startup.participation',             'STARTUP', 'COMPOSITION', 100),
    ('exploration.families',              'EXPLORATION', 'LOCAL_CONTEXT',  10),
    ('exploration.demography',            'EXPLORATION', 'LOCAL_CONTEXT',  20),
    ('exploration.child-poverty',         'EXPLORATION', 'LOCAL_CONTEXT',  30),
    ('exploration.existing-offer',        'EXPLORATION', 'LOCAL_CONTEXT',  40),
    ('exploration.family-experiences',    'EXPLORATION', 'LOCAL_CONTEXT',  50),
    ('exploration.professional-experiences', 'EXPLORATION', 'LOCAL_CONTEXT', 60),
    ('exploration.partner-work',          'EXPLORATION', 'ACQUAINTANCE', 70),
    ('exploration.partner-expectations',  'EXPLORATION', 'ACQUAINTANCE', 80),
    ('design.challenges',                 'DESIGN', 'GOALS',         10),
    ('design.shared-challenges',          'DESIGN', 'GOALS',         20),
    ('design.shared-goals',               'DESIGN', 'GOALS',         30),
    ('design.complementary-goals',        'DESIGN', 'GOALS',         40),
    ('design.actions',                    'DESIGN', 'ACTIONS',       50),
    ('design.responsibility',             'DESIGN', 'ACTIONS',       60),
    ('design.resources',                  'DESIGN', 'ACTIONS',       70),
    ('design.quick-wins',                 'DESIGN', 'ACTIONS',       80),
    ('design.structure',                  'DESIGN', 'ORGANISATION',  90),
    ('design.steering-group',             'DESIGN', 'ORGANISATION', 100),
    ('design.decision-making',            'DESIGN', 'ORGANISATION', 110),
    ('design.agreements',                 'DESIGN', 'ORGANISATION', 120),
    ('execution.joint-work',              'EXECUTION', 'COOPERATION', 10),
    ('execution.follow-up',               'EXECUTION', 'COOPERATION', 20),
    ('execution.shared-load',             'EXECUTION', 'COOPERATION', 30),
    ('execution.outside-world',           'EXECUTION', 'VISIBILITY',  40),
    ('execution.findable',                'EXECUTION', 'VISIBILITY',  50),
    ('execution.collect-information',     'EXECUTION', 'LEARNING',    60),
    ('execution.family-feedback',         'EXECUTION', 'LEARNING',    70),
    ('evaluation.right-things',           'EVALUATION', 'RIGHT_THINGS', 10),
    ('evaluation.family-indicators',      'EVALUATION', 'RIGHT_THINGS', 20),
    ('evaluation.things-right',           'EVALUATION', 'THINGS_RIGHT', 30),
    ('evaluation.collaboration-indicators', 'EVALUATION', 'THINGS_RIGHT', 40),
    ('evaluation.gathering',              'EVALUATION', 'THINGS_RIGHT', 50),
    ('evaluation.binding',                'EVALUATION', 'RENEWAL',      60),
    ('evaluation.adjust',                 'EVALUATION', 'RENEWAL',      70),
    ('evaluation.signals',                'EVALUATION', 'RENEWAL',      80)
) as q (key, phase, theme, position);

-- An assessment round. Open while closed_at is null; it closes by hand or on the day after closes_on.
create table lifecycle_round (
    id         uuid primary key,
    network_id uuid        not null references network (id) on delete cascade,
    title      text        not null,
    opened_on  date        not null,
    closes_on  date        not null,
    closed_at  timestamptz,
    created_at timestamptz not null default now(),
    version    bigint      not null default 0,
    check (closes_on >= opened_on)
);
create index lifecycle_round_network_idx on lifecycle_round (network_id);

-- The questions of a round, fixed when it opens: a question added or retired later does not change what a round
-- asked, so two rounds compare on what both asked.
create table lifecycle_round_question (
    round_id    uuid not null references lifecycle_round (id) on delete cascade,
    position    int  not null,
    question_id uuid not null references lifecycle_question (id),
    primary key (round_id, position),
    unique (round_id, question_id)
);

-- A person invited to answer a round: partner staff (for their partner) and steering group members.
create table lifecycle_participant (
    id           uuid primary key,
    round_id     uuid        not null references lifecycle_round (id) on delete cascade,
    network_id   uuid        not null references network (id) on delete cascade,
    user_id      uuid        not null references app_user (id) on delete cascade,
    role         text        not null,
    partner_id   uuid,
    invited_at   timestamptz not null,
    reminded_at  timestamptz,
    submitted_at timestamptz,
    updated_at   timestamptz,
    version      bigint      not null default 0,
    unique (round_id, user_id),
    check ((role = 'PARTNER_REPRESENTATIVE') = (partner_id is not null))
);
create index lifecycle_participant_network_idx on lifecycle_participant (network_id);

create table lifecycle_answer (
    participant_id uuid not null references lifecycle_participant (id) on delete cascade,
    question_id    uuid not null references lifecycle_question (id),
    status         text not null,
    note           text,
    evidence_url   text,
    primary key (participant_id, question_id)
);

-- The planning module's action list. An action may come from elsewhere (source_type/source_ref, e.g. a lifecycle
-- question in a round); the planning issue adds goals to it later. The owner is a partner of the network or a
-- member, never both; the composite key keeps a partner owner inside the network.
create table planning_action (
    id               uuid primary key,
    network_id       uuid        not null references network (id) on delete cascade,
    title            text        not null,
    description      text,
    status           text        not null,
    owner_partner_id uuid,
    owner_user_id    uuid references app_user (id) on delete set null,
    due_on           date,
    source_type      text,
    source_ref       text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          bigint      not null default 0,
    foreign key (network_id, owner_partner_id) references network_partner (network_id, partner_id),
    check (owner_partner_id is null or owner_user_id is null)
);
create index planning_action_network_idx on planning_action (network_id);
create index planning_action_source_idx on planning_action (network_id, source_type, source_ref);
