package org.stiel.referrals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * Referrals written straight into the table, for tests that need many of them or exact times: the facade would take
 * the clock's now and send mail for each. Only what lists and numbers read is filled; the family is left out. They
 * count as reminded already, so that the reminder job other tests run leaves them (and their partners' mail) alone.
 */
final class ReferralRows {

    private final JdbcClient jdbc;
    private final NetworkId network;

    ReferralRows(JdbcClient jdbc, NetworkId network) {
        this.jdbc = jdbc;
        this.network = network;
    }

    /** One referral in {@code status}, created at {@code createdAt} and sent then too unless it is a draft. */
    Row row(PartnerId sender, PartnerId recipient, ReferralStatus status, Instant createdAt) {
        return new Row(sender, recipient, status, createdAt);
    }

    /** A referral being written: set what a test needs, then {@link #insert()}. */
    final class Row {
        private final UUID id = UUID.randomUUID();
        private final PartnerId sender;
        private final PartnerId recipient;
        private final ReferralStatus status;
        private final Instant createdAt;
        private LifeDomain lifeDomain = LifeDomain.CHILDCARE;
        private Duration answeredAfter;
        private DeclineReason declineReason;
        private Outcome outcome;
        private UUID offer;
        private UUID assignee;
        private String municipalityNis;

        private Row(PartnerId sender, PartnerId recipient, ReferralStatus status, Instant createdAt) {
            this.sender = sender;
            this.recipient = recipient;
            this.status = status;
            this.createdAt = createdAt;
        }

        Row domain(LifeDomain domain) {
            this.lifeDomain = domain;
            return this;
        }

        Row answeredAfter(Duration duration) {
            this.answeredAfter = duration;
            return this;
        }

        Row declined(DeclineReason reason) {
            this.declineReason = reason;
            return this;
        }

        Row outcome(Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        Row offer(UUID offer) {
            this.offer = offer;
            return this;
        }

        Row municipality(String nisCode) {
            this.municipalityNis = nisCode;
            return this;
        }

        Row assignee(UUID assignee) {
            this.assignee = assignee;
            return this;
        }

        UUID insert() {
            Timestamp sent = status == ReferralStatus.DRAFT ? null : Timestamp.from(createdAt);
            jdbc.sql("""
                            insert into referral (id, network_id, sender_partner_id, recipient_partner_id, offer_id,
                                                  status, created_by, assigned_to, preferred_contact, life_domain,
                                                  urgency, decline_reason, outcome, created_at, sent_at, answered_at,
                                                  reminded_unopened_at, reminded_unanswered_at, municipality_nis)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 'PHONE', ?, 'NORMAL', ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            network.value(),
                            sender.value(),
                            recipient.value(),
                            offer,
                            status.name(),
                            UUID.randomUUID(),
                            assignee,
                            lifeDomain.name(),
                            declineReason == null ? null : declineReason.name(),
                            outcome == null ? null : outcome.name(),
                            Timestamp.from(createdAt),
                            sent,
                            answeredAfter == null ? null : Timestamp.from(createdAt.plus(answeredAfter)),
                            sent,
                            sent,
                            municipalityNis)
                    .update();
            return id;
        }
    }
}
