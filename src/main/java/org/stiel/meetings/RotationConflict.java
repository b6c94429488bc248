package org.stiel.meetings;

import java.util.List;
import org.stiel.platform.RuleViolation;

/**
 * A change to a proposal (a swap, another host) breaks a hard rule: the host cannot come that day, the venue has
 * no room, or the partner is not among the willing hosts. Carries a message key of the {@code meetings} bundle.
 */
public class RotationConflict extends RuleViolation {

    RotationConflict(String messageKey, List<String> args) {
        super(null, messageKey, args.toArray());
    }
}
