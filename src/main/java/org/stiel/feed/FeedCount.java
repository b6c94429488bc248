package org.stiel.feed;

/**
 * How many entries of one kind the feed holds for a period: counts only, for the home page and the weekly digest,
 * which carry no names.
 *
 * @param subjectType what changed, as {@link FeedEntry#subjectType()}
 * @param action what happened to it, as {@link FeedEntry#action()}
 */
public record FeedCount(String subjectType, String action, int count) {}
