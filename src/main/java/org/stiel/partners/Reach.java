package org.stiel.partners;

/**
 * Whom a partner's offer is for: every family (universal), some families (targeted), or both. Message keys:
 * {@code reach.NAME}.
 */
public enum Reach {
    UNIVERSAL,
    TARGETED,
    BOTH
}
