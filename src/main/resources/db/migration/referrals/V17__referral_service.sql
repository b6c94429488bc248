-- A referral may name one service (an offer of kind SERVICE) of its recipient partner: the inbox is then per
-- partner and per service. The offer belongs to another module, so no foreign key: the facade checks that the
-- offer is the recipient's and visible in the network when the referral is written.
alter table referral add column offer_id uuid;

create index referral_offer_idx on referral (network_id, offer_id) where offer_id is not null;
