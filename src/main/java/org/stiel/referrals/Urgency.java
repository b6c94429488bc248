package org.stiel.referrals;

/** How soon the family needs an answer. Message keys: {@code urgency.NAME}. */
public enum Urgency {
    LOW,
    NORMAL,
    HIGH
}
