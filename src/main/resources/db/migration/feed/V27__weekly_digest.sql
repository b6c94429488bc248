-- The weekly digest of what's new: opt-in per person and network (Mijn account), off until the person turns it on.
alter table membership add column weekly_digest boolean not null default false;
create index membership_digest_idx on membership (network_id) where weekly_digest;

-- The last week (its Monday) whose digest a network's subscribers were sent: a second run in the same week, on this
-- instance or another, finds the week taken and sends nothing.
create table feed_digest (
    network_id uuid primary key references network (id) on delete cascade,
    last_week  date        not null,
    sent_at    timestamptz not null
);

-- The coordinator's home counts the referrals still waiting per status; open ones only, whatever the history holds.
create index referral_waiting_idx on referral (network_id, status)
    where status in ('SENT', 'OPENED', 'ACCEPTED', 'IN_CONTACT');
