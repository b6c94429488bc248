package org.stiel.referrals.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stiel.referrals.IllegalTransitionException;
import org.stiel.referrals.ReferralAction;
import org.stiel.referrals.ReferralSide;
import org.stiel.referrals.ReferralStatus;

/**
 * The lifecycle of a referral as a table: draft → sent → opened → accepted | declined → in contact → closed; the
 * sender cancels before acceptance; either side withdraws the consent while the referral runs. Pure: no state, no
 * I/O, so that a property test can walk every sequence of actions.
 */
public final class ReferralStateMachine {

    /** One allowed step: from a status, by an action, done by one of the sides, to a status. */
    public record Transition(ReferralStatus from, ReferralAction action, Set<ReferralSide> by, ReferralStatus to) {}

    private static final Set<ReferralSide> SENDER = EnumSet.of(ReferralSide.SENDER);
    private static final Set<ReferralSide> RECIPIENT = EnumSet.of(ReferralSide.RECIPIENT);
    private static final Set<ReferralSide> BOTH = EnumSet.allOf(ReferralSide.class);

    private static final List<Transition> TABLE = List.of(
            new Transition(ReferralStatus.DRAFT, ReferralAction.SEND, SENDER, ReferralStatus.SENT),
            new Transition(ReferralStatus.SENT, ReferralAction.OPEN, RECIPIENT, ReferralStatus.OPENED),
            new Transition(ReferralStatus.OPENED, ReferralAction.ACCEPT, RECIPIENT, ReferralStatus.ACCEPTED),
            new Transition(ReferralStatus.OPENED, ReferralAction.DECLINE, RECIPIENT, ReferralStatus.DECLINED),
            new Transition(ReferralStatus.ACCEPTED, ReferralAction.START_CONTACT, RECIPIENT, ReferralStatus.IN_CONTACT),
            new Transition(ReferralStatus.IN_CONTACT, ReferralAction.CLOSE, RECIPIENT, ReferralStatus.CLOSED),
            new Transition(ReferralStatus.DRAFT, ReferralAction.CANCEL, SENDER, ReferralStatus.CANCELLED),
            new Transition(ReferralStatus.SENT, ReferralAction.CANCEL, SENDER, ReferralStatus.CANCELLED),
            new Transition(ReferralStatus.OPENED, ReferralAction.CANCEL, SENDER, ReferralStatus.CANCELLED),
            // a draft has no recipient yet in the sense of consent: only the sender holds it
            new Transition(ReferralStatus.DRAFT, ReferralAction.WITHDRAW_CONSENT, SENDER, ReferralStatus.WITHDRAWN),
            new Transition(ReferralStatus.SENT, ReferralAction.WITHDRAW_CONSENT, BOTH, ReferralStatus.WITHDRAWN),
            new Transition(ReferralStatus.OPENED, ReferralAction.WITHDRAW_CONSENT, BOTH, ReferralStatus.WITHDRAWN),
            new Transition(ReferralStatus.ACCEPTED, ReferralAction.WITHDRAW_CONSENT, BOTH, ReferralStatus.WITHDRAWN),
            new Transition(ReferralStatus.IN_CONTACT, ReferralAction.WITHDRAW_CONSENT, BOTH, ReferralStatus.WITHDRAWN));

    private ReferralStateMachine() {}

    /** Every allowed step. */
    public static List<Transition> transitions() {
        return TABLE;
    }

    /** Where the action leads, if this side may take it in this status. */
    public static Optional<ReferralStatus> next(ReferralStatus from, ReferralAction action, ReferralSide side) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.action() == action && t.by().contains(side))
                .map(Transition::to)
                .findFirst();
    }

    /**
     * The status after the action.
     *
     * @throws IllegalTransitionException when this side may not take the action in this status
     */
    public static ReferralStatus apply(ReferralStatus from, ReferralAction action, ReferralSide side) {
        return next(from, action, side).orElseThrow(() -> new IllegalTransitionException(from, action));
    }

    /** The actions this side may take now, in the table's order. */
    public static List<ReferralAction> allowed(ReferralStatus from, ReferralSide side) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.by().contains(side))
                .map(Transition::action)
                .distinct()
                .toList();
    }
}
