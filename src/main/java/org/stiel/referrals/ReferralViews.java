package org.stiel.referrals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;
import org.stiel.referrals.internal.ReferralStateMachine;

/** One referral and its access log as staff see them, named by id: the cost is that of one referral. */
@Component
class ReferralViews {

    private final ReferralAccessLog accessLog;
    private final ReferralNames names;
    private final ReferralMunicipalities municipalities;

    ReferralViews(ReferralAccessLog accessLog, ReferralNames names, ReferralMunicipalities municipalities) {
        this.accessLog = accessLog;
        this.names = names;
        this.municipalities = municipalities;
    }

    /** The whole access log of one referral, oldest first: for the family's own request (subject access). */
    List<AccessEntry> entries(Referral referral) {
        var rows = accessLog.of(referral.networkId(), referral.id());
        return entries(referral.networkId(), rows);
    }

    /** One page of the access log, oldest first. */
    ListPage<AccessEntry> entries(Referral referral, Paging paging) {
        var rows = accessLog.page(referral.networkId(), referral.id(), paging);
        var page = ListPage.of(rows, paging, row -> Cursor.of(row.at(), row.id()));
        var entries = entries(referral.networkId(), page.items());
        return new ListPage<>(entries, page.next());
    }

    private List<AccessEntry> entries(UUID network, List<ReferralAccessLog.Row> rows) {
        Set<UUID> partners = new HashSet<>();
        rows.forEach(row -> partners.add(row.partnerId()));
        var named = names.of(new NetworkId(network), partners, Set.of(), Set.of());
        return rows.stream()
                .map(row ->
                        new AccessEntry(row.userName(), named.partnerOrNull(row.partnerId()), row.purpose(), row.at()))
                .toList();
    }

    ReferralView view(Referral r, ReferralSide side, boolean evenIfHidden) {
        var named = names.of(
                new NetworkId(r.networkId()),
                List.of(r.senderPartnerId(), r.recipientPartnerId()),
                r.offerId() == null ? List.of() : List.of(r.offerId()),
                r.assignedTo() == null ? List.of() : List.of(r.assignedTo()));
        boolean hidden = r.pseudonymisedAt() != null || (r.detailsHidden() && !evenIfHidden);
        return new ReferralView(
                new ReferralId(r.id()),
                side,
                r.status(),
                named.partner(r.senderPartnerId()),
                named.partner(r.recipientPartnerId()),
                r.offerId() == null ? null : new OfferId(r.offerId()),
                named.offer(r.offerId()),
                r.municipalityNis(),
                municipalities.nameOf(new NetworkId(r.networkId()), r.municipalityNis()),
                r.lifeDomain(),
                r.urgency(),
                hidden ? null : r.family().view(),
                hidden ? null : r.consent().view(),
                r.declineReason(),
                r.outcome(),
                hidden ? null : r.outcomeNote(),
                named.person(r.assignedTo()),
                r.createdAt(),
                r.sentAt(),
                r.openedAt(),
                r.answeredAt(),
                r.finishedAt(),
                r.withdrawnAt(),
                r.pseudonymisedAt(),
                r.pseudonym(),
                r.steps().stream()
                        .map(s -> new ReferralView.Step(s.action(), s.status(), s.actorName(), s.at()))
                        .toList(),
                side == null
                        ? List.of()
                        : ReferralStateMachine.allowed(r.status(), side).stream()
                                .filter(a -> a != ReferralAction.OPEN)
                                .toList());
    }
}
