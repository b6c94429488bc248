package org.stiel.partners;

/** What kind of organisation a partner is. Message keys: {@code partnerKind.NAME}. */
public enum PartnerKind {
    CHILDCARE,
    SCHOOL,
    CONSULTATION_BUREAU,
    SOCIAL_SERVICES,
    LIBRARY,
    SPORT,
    CULTURE,
    YOUTH_WORK,
    HEALTH,
    HOUSING,
    EMPLOYMENT,
    VOLUNTEER_ORGANISATION,
    OTHER
}
