package org.stiel.lifecycle;

/**
 * How often a partner says it works together with another partner (Dutch: niet, af en toe, regelmatig, intensief).
 * The weight is what a link on the network map counts for.
 */
public enum CollaborationFrequency {
    NOT(0),
    OCCASIONALLY(1),
    REGULARLY(2),
    INTENSIVELY(3);

    private final int weight;

    CollaborationFrequency(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public static CollaborationFrequency ofWeight(int weight) {
        for (CollaborationFrequency f : values()) {
            if (f.weight == weight) {
                return f;
            }
        }
        throw new IllegalArgumentException("No frequency with weight " + weight);
    }
}
