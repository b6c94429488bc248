package org.stiel.referrals;

import java.time.Instant;

/**
 * An in-app notification for a partner's staff: what happened to which referral. No family data.
 *
 * @param readAt when someone of the partner read it, {@code null} while unread
 */
public record ReferralNotice(ReferralId referral, NoticeKind kind, Instant createdAt, Instant readAt) {

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

    public boolean unread() {
        return readAt == null;
    }
}
