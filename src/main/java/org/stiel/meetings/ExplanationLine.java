package org.stiel.meetings;

import java.util.List;

/** One line of why a host was proposed: a message key of the {@code meetings} bundle and its arguments. */
public record ExplanationLine(String key, List<String> args) {

    public ExplanationLine {
        args = List.copyOf(args);
    }

    /** The arguments as the message source wants them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
