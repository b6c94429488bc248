package org.stiel.referrals;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the referrals of one partner about one contact person, in SQL on the expression indexes of V22 (the e-mail
 * address in lower case, the digits of the phone number, per network). Erased referrals are not found.
 */
@Repository
class SubjectAccessQueries {

    // a draft is the sender's alone, as everywhere else
    private static final String SIDE = """
             and pseudonymised_at is null
              and (sender_partner_id = :partner or (recipient_partner_id = :partner and status <> 'DRAFT'))
            order by created_at, id
            """;

    private final JdbcClient jdbc;

    SubjectAccessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> byEmail(UUID network, UUID partner, String email) {
        return jdbc.sql("select id from referral where network_id = :network and lower(contact_email) = lower(:q)"
                        + SIDE)
                .param("network", network)
                .param("partner", partner)
                .param("q", email)
                .query(UUID.class)
                .list();
    }

    List<UUID> byPhoneDigits(UUID network, UUID partner, String digits) {
        return jdbc.sql("select id from referral where network_id = :network"
                        + " and regexp_replace(contact_phone, '\\D', '', 'g') = :q"
                        + SIDE)
                .param("network", network)
                .param("partner", partner)
                .param("q", digits)
                .query(UUID.class)
                .list();
    }
}
