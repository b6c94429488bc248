-- The start of an offer's last occurrence, kept by the offer module whenever it rewrites the occurrences
-- (Occurrences.rewrite). The families' search leaves out activities that are over: "last_start >= today" is a
-- column test, where "exists a coming occurrence" was a lookup in offer_occurrence per candidate offer, the largest
-- single cost of a broad search at Flanders scale (docs/benchmarks.md). Past occurrences are never rewritten, so
-- the maximum over all of them is the right value.
alter table offer add column last_start timestamptz;

update offer o
set last_start = m.last_start
from (select offer_id, max(starts_at) as last_start from offer_occurrence group by offer_id) m
where m.offer_id = o.id;
