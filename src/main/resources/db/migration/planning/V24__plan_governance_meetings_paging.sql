-- Issue 13: the plan, the decision log and the meetings read their lists in SQL, paged with a keyset. Each index
-- below serves one list: the network first, then the list's filter, then its sort key, ending in the id, so a page
-- reads only the rows it shows. The expressions are the ones the queries use (PlanSql, DecisionQueries,
-- MeetingQueries): a different expression would not match the index.

-- Actions. The plan's order: active first (open and in progress alike), then done, then cancelled; then by due date
-- (none last), then title. "rank" and "due" are expressions so that a row comparison can continue after a cursor.
create index planning_action_list_idx on planning_action (
    network_id,
    (case status when 'DONE' then 1 when 'CANCELLED' then 2 else 0 end),
    (coalesce(due_on, 'infinity'::date)),
    lower(title),
    id);
-- one status: the board's columns and /actions?status=
create index planning_action_status_idx on planning_action (
    network_id, status, (coalesce(due_on, 'infinity'::date)), lower(title), id);
-- a goal's actions in the plan's order, and its roll-up (status and progress from the index alone)
create index planning_action_goal_list_idx on planning_action (
    network_id,
    goal_id,
    (case status when 'DONE' then 1 when 'CANCELLED' then 2 else 0 end),
    (coalesce(due_on, 'infinity'::date)),
    lower(title),
    id) include (status, progress);
-- "mine": carried by the person, or by their partner
create index planning_action_owner_user_idx on planning_action (
    network_id,
    owner_user_id,
    (case status when 'DONE' then 1 when 'CANCELLED' then 2 else 0 end),
    (coalesce(due_on, 'infinity'::date)),
    lower(title),
    id) where owner_user_id is not null;
create index planning_action_owner_partner_idx on planning_action (
    network_id,
    owner_partner_id,
    (case status when 'DONE' then 1 when 'CANCELLED' then 2 else 0 end),
    (coalesce(due_on, 'infinity'::date)),
    lower(title),
    id) where owner_partner_id is not null;
-- overdue: still asking for work and due; the longest overdue first
create index planning_action_overdue_idx on planning_action (
    network_id, (coalesce(due_on, 'infinity'::date)), lower(title), id)
    where status in ('OPEN', 'IN_PROGRESS') and due_on is not null;
create index planning_action_quick_win_idx on planning_action (
    network_id,
    (case status when 'DONE' then 1 when 'CANCELLED' then 2 else 0 end),
    (coalesce(due_on, 'infinity'::date)),
    lower(title),
    id) where quick_win;
-- the contributors of a page of actions
create index planning_action_contributor_action_idx on planning_action_contributor (action_id, position);

-- Goals: the API's list by target date (none last), then title
create index planning_goal_list_idx on planning_goal (
    network_id, (coalesce(target_on, 'infinity'::date)), lower(title), id);
create index planning_goal_published_idx on planning_goal (
    network_id, (coalesce(target_on, 'infinity'::date)), lower(title), id) where published;
create index planning_goal_partner_goal_idx on planning_goal_partner (goal_id, position);
create index planning_challenge_vote_challenge_idx on planning_challenge_vote (challenge_id, voted_at);

-- Decisions: the log, newest first, for the network and for one body; the search with its words and the network in
-- one GIN index (btree_gin lets a GIN index hold the network's uuid beside the tsvector).
create extension if not exists btree_gin;
create index governance_decision_log_idx on governance_decision (network_id, decided_on desc, created_at desc, id desc);
create index governance_decision_body_log_idx on governance_decision (
    network_id, body_id, decided_on desc, created_at desc, id desc);
create index governance_decision_network_search_idx on governance_decision using gin (network_id, search);
drop index governance_decision_network_idx;
drop index governance_decision_search_idx;
create index governance_decision_goal_goal_idx on governance_decision_goal (goal_id);

-- A body's membership history, current members first, then by the day they joined; its current members
create index governance_body_member_history_idx on governance_body_member (
    network_id, body_id, (left_on is not null), joined_on, id);

-- Meetings: upcoming by date and time, past ones the newest first (the same index read backwards)
create index meeting_list_idx on meeting (network_id, day, start_time, lower(title), id);
drop index meeting_network_day_idx;
create index meeting_series_list_idx on meeting (network_id, series_id, day, start_time, id)
    where series_id is not null;
-- hosting history: counts per partner and per municipality, and the hostings newest first
create index meeting_hosting_idx on meeting (network_id, host_partner_id, day desc, id desc)
    where host_partner_id is not null;
create index meeting_hosting_municipality_idx on meeting (network_id, municipality, day desc)
    where host_partner_id is not null;
create index meeting_hostings_by_day_idx on meeting (network_id, day desc, id desc)
    where host_partner_id is not null;
create index meeting_series_network_list_idx on meeting_series (network_id, confirmed, created_at desc, id desc);
drop index meeting_series_network_idx;
