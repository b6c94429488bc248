package org.stiel.offer;

/** The three pillars of the Flemish decree on the Huizen van het Kind. Message keys: {@code pillar.NAME}. */
public enum Pillar {
    PREVENTIVE_HEALTH,
    PARENTING_SUPPORT,
    MEETING_OTHERS
}
