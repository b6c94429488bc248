package org.stiel.referrals;

/**
 * Where a referral stands. Message keys: {@code referralStatus.NAME}. {@link #rank()} only ever grows along a
 * referral's life: nothing goes back.
 */
public enum ReferralStatus {
    DRAFT(0),
    SENT(1),
    OPENED(2),
    ACCEPTED(3),
    IN_CONTACT(4),
    DECLINED(5),
    CLOSED(5),
    CANCELLED(5),
    WITHDRAWN(5);

    private final int rank;

    ReferralStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Nothing more happens to a referral in this status. */
    public boolean terminal() {
        return rank == 5;
    }

    /** Received but not yet answered: the recipient's "new" tab. */
    public boolean awaitingAnswer() {
        return this == SENT || this == OPENED;
    }
}
