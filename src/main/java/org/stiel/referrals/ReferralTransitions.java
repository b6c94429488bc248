package org.stiel.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stiel.accounts.StielUser;
import org.stiel.referrals.internal.ReferralStateMachine;

/**
 * A step in a referral's lifecycle and what follows from it: the event and the notice to the other partner. The
 * caller has loaded the referral in the reader's network and worked out the reader's side; it runs in the caller's
 * transaction.
 */
@Component
class ReferralTransitions {

    private final ReferralRepository referrals;
    private final ReferralNotifier notifier;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReferralTransitions(
            ReferralRepository referrals, ReferralNotifier notifier, Clock clock, ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.notifier = notifier;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Sends a draft to the recipient.
     *
     * @throws ConsentMissingException without a complete consent record
     */
    void send(Referral referral, StielUser actor) {
        // the lifecycle first: sending a referral twice is a conflict, not a consent problem
        ReferralStateMachine.apply(referral.status(), ReferralAction.SEND, ReferralSide.SENDER);
        if (!referral.hasConsent()) {
            throw new ConsentMissingException("A referral is sent only with the family's consent");
        }
        Instant now = clock.instant();
        referral.apply(
                ReferralAnswer.of(ReferralAction.SEND),
                ReferralSide.SENDER,
                actor.id().value(),
                actor.displayName(),
                now);
        referrals.save(referral);
        ReferralEvents.of(referral, now).ifPresent(events::publishEvent);
        notifier.notify(
                referral.networkId(),
                referral.recipientPartnerId(),
                referral.id(),
                ReferralNotice.NoticeKind.RECEIVED,
                now);
    }

    /**
     * Takes a step from the reader's side.
     *
     * @throws IllegalTransitionException when the lifecycle or the reader's side does not allow it
     */
    void act(Referral referral, ReferralSide side, StielUser actor, ReferralAnswer answer) {
        if (answer.action() == ReferralAction.SEND) {
            ReferralStateMachine.apply(referral.status(), ReferralAction.SEND, side);
            send(referral, actor);
            return;
        }
        Instant now = clock.instant();
        referral.apply(answer, side, actor.id().value(), actor.displayName(), now);
        referrals.save(referral);
        ReferralEvents.of(referral, now).ifPresent(events::publishEvent);
        UUID other = side == ReferralSide.SENDER ? referral.recipientPartnerId() : referral.senderPartnerId();
        noticeFor(answer.action())
                .filter(kind -> referral.sentAt() != null)
                .ifPresent(kind -> notifier.notify(referral.networkId(), other, referral.id(), kind, now));
    }

    private static Optional<ReferralNotice.NoticeKind> noticeFor(ReferralAction action) {
        return Optional.ofNullable(
                switch (action) {
                    case ACCEPT -> ReferralNotice.NoticeKind.ACCEPTED;
                    case DECLINE -> ReferralNotice.NoticeKind.DECLINED;
                    case CLOSE -> ReferralNotice.NoticeKind.CLOSED;
                    case CANCEL -> ReferralNotice.NoticeKind.CANCELLED;
                    case WITHDRAW_CONSENT -> ReferralNotice.NoticeKind.WITHDRAWN;
                    default -> null;
                });
    }
}
