package org.stiel.lifecycle;

/**
 * The five phases of a network's lifecycle (Dutch: levensloop), drawn as a circle because they overlap and recur.
 * Their order is the order of the circle.
 */
public enum Phase {
    /** Opstart: taking the initiative, warming up organisations and boards, composing the network. */
    STARTUP,
    /** Verkenning: the local context and getting to know the partners. */
    EXPLORATION,
    /** Vormgeving: from challenges to goals, from goals to actions, and the organisation of the collaboration. */
    DESIGN,
    /** Uitvoering: working on the actions together, visibly, learning along the way. */
    EXECUTION,
    /** Evalueren en vernieuwen: doing the right things, doing them right, and renewing. */
    EVALUATION
}
