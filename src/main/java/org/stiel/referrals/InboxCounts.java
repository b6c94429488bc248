package org.stiel.referrals;

/** How many received referrals wait for an answer, are being handled, are done; and unread notifications. */
public record InboxCounts(int fresh, int inProgress, int closed, int unreadNotifications) {}
