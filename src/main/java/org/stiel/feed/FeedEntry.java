package org.stiel.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of what's new; its text is the message {@code feed.action.SUBJECT_TYPE.ACTION}.
 *
 * @param actorName who did it, or empty when the event names nobody (plan, governance, meetings, rounds: those events
 *     carry ids, not people)
 * @param subjectType what changed: {@code PARTNER}, {@code OFFER}, {@code GOAL}, {@code ACTION}, {@code CHALLENGE},
 *     {@code DECISION}, {@code BODY}, {@code AGREEMENT} (its subject is the partner: what an agreement says is not for
 *     the whole network), {@code MEETING}, {@code SERIES} or {@code ROUND}
 * @param action what happened to it: {@code CREATED}, {@code UPDATED}, or one of the subject's own (e.g. {@code DONE},
 *     {@code MOVED}, {@code OPENED})
 * @param changes names of the fields that changed (message keys {@code partners.field.NAME} for partners,
 *     {@code offer.field.NAME} for offers), never
 *     their values
 */
public record FeedEntry(
        UUID id,
        Instant occurredAt,
        String actorName,
        String subjectType,
        UUID subjectId,
        String subjectName,
        String action,
        List<String> changes) {

    public static final String PARTNER = "PARTNER";
    public static final String OFFER = "OFFER";
    public static final String GOAL = "GOAL";
    public static final String ACTION = "ACTION";
    public static final String CHALLENGE = "CHALLENGE";
    public static final String DECISION = "DECISION";
    public static final String BODY = "BODY";
    public static final String AGREEMENT = "AGREEMENT";
    public static final String MEETING = "MEETING";
    public static final String SERIES = "SERIES";
    public static final String ROUND = "ROUND";
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";

    /**
     * Where the subject is seen, for a link (relative to the application): its own page, or the list it stands in when
     * it has none. Every member of the network may open it.
     */
    public String path() {
        return switch (subjectType) {
            case PARTNER, AGREEMENT -> "/partners/" + subjectId;
            case OFFER -> "/offers/" + subjectId;
            case GOAL -> "/plan/goals/" + subjectId;
            case ACTION -> "/actions";
            case CHALLENGE -> "/plan/challenges";
            case DECISION -> "/governance/decisions/" + subjectId;
            case BODY -> "/governance/bodies/" + subjectId;
            case MEETING -> "/meetings/" + subjectId;
            case SERIES -> "/meetings/series/" + subjectId;
            case ROUND -> "/lifecycle/rounds/" + subjectId;
            default -> null;
        };
    }
}
