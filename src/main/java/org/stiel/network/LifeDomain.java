package org.stiel.network;

/**
 * The life domains (levensdomeinen) of families that a network should reflect in its partners and offer. Message
 * keys: {@code lifeDomain.NAME}.
 */
public enum LifeDomain {
    EDUCATION,
    LEISURE,
    CHILDCARE,
    MENTAL_WELLBEING,
    HEALTH,
    HOUSING,
    EMPLOYMENT,
    PRACTICAL_SUPPORT,
    PARENTING_SUPPORT,
    MEETING_OTHERS
}
