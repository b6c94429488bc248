package org.stiel.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of what's new.
 *
 * @param subjectType what changed: {@code PARTNER} or {@code OFFER}
 * @param action {@code CREATED} or {@code UPDATED}
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
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
}
