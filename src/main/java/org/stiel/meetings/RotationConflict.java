package org.stiel.meetings;

import java.util.List;

/**
 * A change to a proposal (a swap, another host) breaks a hard rule: the host cannot come that day, the venue has
 * no room, or the partner is not among the willing hosts. Carries a message key of the {@code meetings} bundle.
 */
public class RotationConflict extends IllegalArgumentException {

    private final String messageKey;
    private final List<String> args;

    RotationConflict(String messageKey, List<String> args) {
        super("Rotation conflict: " + messageKey);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
