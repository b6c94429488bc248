package org.stiel.offer;

/** Who an offer is for. Message keys: {@code audience.NAME}. */
public enum Audience {
    EXPECTING_PARENTS,
    PARENTS,
    CHILDREN,
    YOUNG_PEOPLE,
    WHOLE_FAMILY
}
