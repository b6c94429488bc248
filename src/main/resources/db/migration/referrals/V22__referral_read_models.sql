-- Read models of referrals in SQL: every list is a keyset page on an index whose leading columns are its filters
-- (network, partner, tab) and whose trailing columns are its order (created_at desc, id desc), so a page costs the
-- same whatever the network holds.

-- The inbox tab of a referral, kept by PostgreSQL itself (nothing to write from Java or the data generator): a tab
-- holds several statuses, and one equality column lets one index serve "this tab, newest first" without a sort.
-- A draft counts under NEW: it is in the sender's "new" tab; the recipient's indexes leave drafts out.
alter table referral add column box text generated always as (
    case
        when status in ('DRAFT', 'SENT', 'OPENED') then 'NEW'
        when status in ('ACCEPTED', 'IN_CONTACT') then 'IN_PROGRESS'
        else 'CLOSED'
    end) stored;

-- the recipient's inbox: one tab, all tabs, assigned to one colleague, one service; counts per tab and per service
create index referral_inbox_idx on referral (network_id, recipient_partner_id, box, created_at desc, id desc)
    where status <> 'DRAFT';
create index referral_inbox_all_idx on referral (network_id, recipient_partner_id, created_at desc, id desc)
    where status <> 'DRAFT';
create index referral_inbox_assignee_idx
    on referral (network_id, recipient_partner_id, assigned_to, box, created_at desc, id desc)
    where status <> 'DRAFT' and assigned_to is not null;
create index referral_inbox_service_idx
    on referral (network_id, recipient_partner_id, offer_id, box, created_at desc, id desc)
    where status <> 'DRAFT' and offer_id is not null;

-- the sender's list, drafts included: one tab, or all
create index referral_sent_idx on referral (network_id, sender_partner_id, box, created_at desc, id desc);
create index referral_sent_all_idx on referral (network_id, sender_partner_id, created_at desc, id desc);

-- the new indexes lead with the same columns: these two are no longer needed
drop index referral_recipient_idx;
drop index referral_sender_idx;

-- The coordinator's numbers: one pass over the network's sent referrals, read from the index alone.
create index referral_statistics_idx on referral (network_id)
    include (status, life_domain, outcome, decline_reason, offer_id, sender_partner_id, recipient_partner_id,
             sent_at, answered_at)
    where sent_at is not null;

-- Subject access: a contact person by e-mail address (whatever the case) or by the digits of a phone number.
create index referral_subject_email_idx on referral (network_id, lower(contact_email))
    where pseudonymised_at is null and contact_email is not null;
create index referral_subject_phone_idx on referral (network_id, regexp_replace(contact_phone, '\D', '', 'g'))
    where pseudonymised_at is null and contact_phone is not null;

-- The jobs look only at what is due, across networks.
create index referral_unopened_idx on referral (sent_at)
    where status = 'SENT' and reminded_unopened_at is null;
create index referral_unanswered_idx on referral (sent_at)
    where status in ('SENT', 'OPENED') and reminded_unanswered_at is null;
create index referral_draft_retention_idx on referral (created_at)
    where status = 'DRAFT' and pseudonymised_at is null;

-- Notifications of a partner: all of them newest first (their page), and the unread ones (the inbox shows the latest).
create index referral_notification_page_idx
    on referral_notification (network_id, partner_id, created_at desc, id desc);
create index referral_notification_unread_idx
    on referral_notification (network_id, partner_id, created_at desc, id desc)
    where read_at is null;
drop index referral_notification_partner_idx;
-- reading a referral marks its unread notifications read
create index referral_notification_referral_idx on referral_notification (referral_id, partner_id)
    where read_at is null;

-- The access log of one referral, oldest first, paged.
create index referral_access_page_idx on referral_access (referral_id, at, id);
drop index referral_access_referral_idx;
