-- The plan (issue 6): challenges gathered with partners and voted on, goals with the partners' own goals they serve,
-- and actions that belong to a goal, with a responsible partner and person, contributors, dates and progress.

create table planning_challenge (
    id           uuid primary key,
    network_id   uuid        not null references network (id) on delete cascade,
    title        text        not null,
    description  text,
    source       text        not null check (source in ('CONTEXT', 'FAMILIES', 'PROFESSIONALS')),
    status       text        not null check (status in ('PROPOSED', 'PRIORITISED', 'GOAL', 'SET_ASIDE')),
    priority     integer check (priority between 1 and 99),
    proposed_by  uuid references app_user (id) on delete set null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create index planning_challenge_network_idx on planning_challenge (network_id);

-- one vote per partner per challenge: the partner supports it or not (see docs/adr/0011)
create table planning_challenge_vote (
    challenge_id uuid        not null references planning_challenge (id) on delete cascade,
    network_id   uuid        not null,
    partner_id   uuid        not null,
    voted_by     uuid references app_user (id) on delete set null,
    voted_at     timestamptz not null default now(),
    primary key (challenge_id, partner_id),
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade
);
create index planning_challenge_vote_network_idx on planning_challenge_vote (network_id);

create table planning_goal (
    id           uuid primary key,
    network_id   uuid        not null references network (id) on delete cascade,
    challenge_id uuid references planning_challenge (id) on delete set null,
    title        text        not null,
    why          text,
    measure      text,
    target_on    date,
    published    boolean     not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create index planning_goal_network_idx on planning_goal (network_id);

-- which partners' own goals a shared goal serves, in the partner's words
create table planning_goal_partner (
    goal_id    uuid    not null references planning_goal (id) on delete cascade,
    position   integer not null,
    network_id uuid    not null,
    partner_id uuid    not null,
    own_goal   text    not null,
    primary key (goal_id, position),
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade
);

-- an action now has a responsible partner AND a responsible person (a member), no longer one owner or the other
alter table planning_action drop constraint if exists planning_action_check;
alter table planning_action
    add column goal_id   uuid references planning_goal (id) on delete set null,
    add column start_on  date,
    add column quick_win boolean not null default false,
    add column progress  integer not null default 0 check (progress between 0 and 100);
-- existing rows keep their status (OPEN, DONE stay valid); a done action counts as complete
update planning_action set progress = 100 where status = 'DONE';
alter table planning_action
    add constraint planning_action_status_check check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    add constraint planning_action_done_complete check (status <> 'DONE' or progress = 100),
    add constraint planning_action_dates check (start_on is null or due_on is null or start_on <= due_on);
create index planning_action_goal_idx on planning_action (goal_id);

-- what a partner brings to an action
create table planning_action_contributor (
    action_id   uuid    not null references planning_action (id) on delete cascade,
    position    integer not null,
    network_id  uuid    not null,
    partner_id  uuid    not null,
    kind        text    not null check (kind in ('HOURS', 'MONEY', 'ROOM', 'MATERIALS', 'OTHER')),
    amount      numeric(12, 2) check (amount is null or amount >= 0),
    description text,
    primary key (action_id, position),
    foreign key (network_id, partner_id) references network_partner (network_id, partner_id) on delete cascade
);
create index planning_action_contributor_partner_idx on planning_action_contributor (network_id, partner_id);
