package org.stiel.lifecycle;

/** How far the network is with what a question asks, in one participant's eyes. */
public enum AnswerStatus {
    NOT_STARTED(0),
    UNDER_WAY(1),
    IN_PLACE(2),
    /** Does not apply to this network; left out of every figure. */
    NOT_APPLICABLE(-1);

    private final int score;

    AnswerStatus(int score) {
        this.score = score;
    }

    /** 0, 1 or 2 on the scale used for the disagreement measure; -1 for not applicable. */
    public int score() {
        return score;
    }

    public boolean applicable() {
        return this != NOT_APPLICABLE;
    }
}
