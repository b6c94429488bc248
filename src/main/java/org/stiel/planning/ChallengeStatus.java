package org.stiel.planning;

/**
 * Where a challenge stands: proposed by a member, prioritised by the coordinator, turned into a goal, or set aside.
 * Partners vote while it is proposed or prioritised.
 */
public enum ChallengeStatus {
    PROPOSED,
    PRIORITISED,
    GOAL,
    SET_ASIDE;

    public boolean open() {
        return this == PROPOSED || this == PRIORITISED;
    }
}
