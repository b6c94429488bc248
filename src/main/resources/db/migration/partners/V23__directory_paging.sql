-- Keyset paging of the directory's lists (partners, offers, feed, members, HSDS import jobs): each list is read in a
-- stable order that ends in the id, and these indexes serve that order after the tenancy filter. Partners and offers
-- carry no network_id (a partner is shared by its networks; network_partner is the filter, on its primary key
-- (network_id, partner_id)), so their indexes start with what the query filters on next: the partner.

-- The partner list by name: (lower(name), id) is the list's order and its cursor.
create index partner_name_idx on partner (lower(name), id);

-- A partner's offers by name, the order of the offer list and of its cursor; covers offer_partner_idx's prefix.
create index offer_partner_name_idx on offer (partner_id, lower(name), id);
drop index offer_partner_idx;

-- What's new, newest first, ending in the id so that two entries of the same instant are paged apart.
create index feed_entry_network_page_idx on feed_entry (network_id, occurred_at desc, id desc);
drop index feed_entry_network_idx;

-- Members by name; the staff of one partner (the partner's page, the stale-offer nudges).
create index app_user_display_name_idx on app_user (display_name, id);
create index membership_network_partner_idx on membership (network_id, partner_id);
drop index membership_network_idx;

-- Earlier imports of a network, newest first.
create index hsds_import_job_network_page_idx on hsds_import_job (network_id, created_at desc, id desc);
drop index hsds_import_job_network_idx;
