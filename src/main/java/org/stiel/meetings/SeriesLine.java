package org.stiel.meetings;

/**
 * A series as the meetings list shows it.
 *
 * @param dates how many dates it has (proposed, or planned once confirmed)
 */
public record SeriesLine(SeriesId id, String name, MeetingKind kind, boolean confirmed, int dates) {}
