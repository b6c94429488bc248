package org.stiel.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;
import org.stiel.network.NetworkId;
import org.stiel.platform.mail.Notifications;
import org.stiel.platform.mail.Recipient;

/**
 * Tells a partner's staff that something happened to a referral: a notification in Stiel and an e-mail with a
 * link. Neither carries anything about the family: a mail leaves our hands once sent.
 */
@Component
class ReferralNotifier {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Notifications notifications;

    ReferralNotifier(JdbcClient jdbc, Accounts accounts, Notifications notifications) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    void notify(UUID network, UUID partner, UUID referral, ReferralNotice.NoticeKind kind, Instant at) {
        jdbc.sql("""
                        insert into referral_notification (id, network_id, partner_id, referral_id, kind, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), network, partner, referral, kind.name(), Timestamp.from(at))
                .update();
        // mails go out in Dutch, the networks' language: they are sent to people other than the one acting
        notifications
                .compose("referrals.mail")
                .body(Notifications.text("noticeKind." + kind.name()))
                .link("/referrals/" + referral)
                .send(Recipient.inDutch(staffEmails(network, partner)));
    }

    void markRead(UUID network, UUID partner, Instant at) {
        jdbc.sql("""
                        update referral_notification set read_at = ?
                        where network_id = ? and partner_id = ? and read_at is null
                        """).params(Timestamp.from(at), network, partner).update();
    }

    void markRead(UUID network, UUID partner, UUID referral, Instant at) {
        jdbc.sql("""
                        update referral_notification set read_at = ?
                        where network_id = ? and partner_id = ? and referral_id = ? and read_at is null
                        """).params(Timestamp.from(at), network, partner, referral).update();
    }

    private List<String> staffEmails(UUID network, UUID partner) {
        return accounts.staffOf(new NetworkId(network), partner).stream()
                .map(m -> m.email())
                .toList();
    }
}
