package org.stiel.lifecycle;

import java.util.Objects;

/**
 * What a partner says about working with one other partner: how often, and where they do, trust (reliable, open,
 * shares the mission) and value (influence, resources brought, involvement), each 1–4 or {@code null} when left out.
 */
public record CollaborationLink(
        CollaborationFrequency frequency,
        Integer reliable,
        Integer open,
        Integer mission,
        Integer influence,
        Integer resources,
        Integer involvement) {

    public CollaborationLink {
        Objects.requireNonNull(frequency, "frequency");
    }

    public static CollaborationLink of(CollaborationFrequency frequency) {
        return new CollaborationLink(frequency, null, null, null, null, null, null);
    }
}
