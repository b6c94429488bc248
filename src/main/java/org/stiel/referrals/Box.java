package org.stiel.referrals;

import java.util.EnumSet;
import java.util.Set;

/** The tabs of an inbox: new (waiting for an answer), in progress, closed. */
public enum Box {
    NEW(EnumSet.of(ReferralStatus.SENT, ReferralStatus.OPENED)),
    IN_PROGRESS(EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_CONTACT)),
    CLOSED(EnumSet.of(
            ReferralStatus.DECLINED, ReferralStatus.CLOSED, ReferralStatus.CANCELLED, ReferralStatus.WITHDRAWN));

    private final Set<ReferralStatus> statuses;

    Box(Set<ReferralStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<ReferralStatus> statuses() {
        return statuses;
    }
}
