package org.stiel.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;
import org.stiel.network.NetworkId;
import org.stiel.platform.StielProperties;
import org.stiel.platform.mail.Mailer;
import org.stiel.platform.mail.OutgoingMail;

/**
 * Tells a partner's staff that something happened to a referral: a notification in Stiel and an e-mail with a
 * link. Neither carries anything about the family: a mail leaves our hands once sent.
 */
@Component
class ReferralNotifier {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final StielProperties properties;

    ReferralNotifier(
            JdbcClient jdbc, Accounts accounts, Mailer mailer, MessageSource messages, StielProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    void notify(UUID network, UUID partner, UUID referral, ReferralNotice.NoticeKind kind, Instant at) {
        jdbc.sql("""
                        insert into referral_notification (id, network_id, partner_id, referral_id, kind, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), network, partner, referral, kind.name(), Timestamp.from(at))
                .update();
        String link = properties.link("/referrals/" + referral);
        // mails go out in Dutch, the networks' language: they are sent to people other than the one acting
        String subject = messages.getMessage("referrals.mail.subject", null, DUTCH);
        String body = messages.getMessage(
                "referrals.mail.body",
                new Object[] {messages.getMessage("noticeKind." + kind.name(), null, DUTCH), link},
                DUTCH);
        for (String email : staffEmails(network, partner)) {
            mailer.send(new OutgoingMail(email, subject, body));
        }
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
