-- The family's municipality (a NIS code of one of the network's municipalities, or null when not given): not
-- personal data in the strict sense, and kept after pseudonymisation, because the gap analysis counts by it.
-- No foreign key: the network may drop a municipality later, and its old referrals still count under its code.
alter table referral add column municipality_nis text check (municipality_nis ~ '^[0-9]{5}$');

-- The gap analysis counts the network's referrals declined for lack of offer since a date, by municipality, life
-- domain and reason: a range on this index, read from the index alone, whatever else the network holds.
create index referral_declined_gap_idx on referral (network_id, answered_at)
    include (municipality_nis, life_domain, decline_reason)
    where decline_reason in ('NO_CAPACITY', 'NO_FITTING_OFFER', 'WAITING_LIST');
