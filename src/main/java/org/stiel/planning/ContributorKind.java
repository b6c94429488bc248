package org.stiel.planning;

/** What a partner brings to an action: hours of work, money, a room, materials, or something else. */
public enum ContributorKind {
    HOURS,
    MONEY,
    ROOM,
    MATERIALS,
    OTHER
}
