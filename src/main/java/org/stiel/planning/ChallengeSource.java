package org.stiel.planning;

/** Where a challenge was seen: in the local context (figures), by families, or by professionals. */
public enum ChallengeSource {
    CONTEXT,
    FAMILIES,
    PROFESSIONALS
}
