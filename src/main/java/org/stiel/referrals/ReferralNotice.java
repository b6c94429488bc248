package org.stiel.referrals;

import java.time.Instant;

/** An in-app notification for a partner's staff: what happened to which referral. No family data. */
public record ReferralNotice(ReferralId referral, NoticeKind kind, Instant createdAt) {

    /** Message keys: {@code noticeKind.NAME}. */
    public enum NoticeKind {
        RECEIVED,
        REMINDER_UNOPENED,
        REMINDER_UNANSWERED,
        ACCEPTED,
        DECLINED,
        CLOSED,
        CANCELLED,
        WITHDRAWN
    }
}
