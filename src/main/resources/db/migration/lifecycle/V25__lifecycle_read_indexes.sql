-- Indexes for the lifecycle and survey read models (issue 13): every page reads one network's rows of one round, or a
-- short run of its latest rounds, so each index starts with network_id and then the round.

-- The rounds of a network, newest first: the timeline's pages (keyset on opened_on, created_at, id) and the survey's
-- thermometer history.
create index lifecycle_round_network_opened_idx on lifecycle_round (network_id, opened_on desc, created_at desc, id desc);

-- The participants of a round: completion counts and the coordinator's participant list. The included columns let the
-- counts and the join to the answers read the index alone.
create index lifecycle_participant_round_idx on lifecycle_participant (network_id, round_id)
    include (id, submitted_at, role, partner_id);

-- The open rounds a person is invited to (the overview's "your answers are awaited").
create index lifecycle_participant_user_idx on lifecycle_participant (network_id, user_id);

-- The answers of handed-in answer sets, counted per question and status (GROUP BY) without reading the notes.
create index lifecycle_answer_tally_idx on lifecycle_answer (participant_id) include (question_id, status);

-- A round's survey answer sets with what the thermometer and the completion need.
create index survey_response_round_idx on survey_response (network_id, round_id, partner_id)
    include (id, submitted_at, temperature);

-- Both are prefixes of the indexes above, which serve every query they served.
drop index lifecycle_participant_network_idx;
drop index survey_response_network_idx;

-- What partners said about each other and the factor scores, read per answer set by the map's figures (pairs, trust,
-- value) and the factor scores: covering, so that a round's figures read the index alone, however the rows of one
-- answer set lie in the table.
create index survey_link_figures_idx on survey_link (response_id)
    include (other_partner_id, frequency, reliable, open, mission, influence, resources, involvement);
create index survey_factor_figures_idx on survey_factor (response_id) include (factor, score);
