package org.stiel.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * A business rule refused what a user asked (a name that is taken, a partner that is a member already, a date before
 * another): said in the user's words by a message key of the module's messages, next to the field it is about.
 *
 * <p>Facades and aggregates throw it; nobody parses its message. It is mapped once: the API answers 422 problem JSON
 * with the field and the localized message ({@code ApiExceptionHandler}); pages put it on the form's field, or on the
 * form as a whole, through {@code FormFlow}. Programming errors (a null, an impossible state) stay what they are.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    /**
     * @param field the form field (property path) the rule is about, or {@code null} when it is about the form as a
     *     whole
     * @param messageKey a key of the messages, said to the user
     * @param arguments the message's arguments
     */
    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A rule about one field of the form. */
    public static RuleViolation on(String field, String messageKey, Object... arguments) {
        return new RuleViolation(field, messageKey, arguments);
    }

    /** A rule about the form as a whole. */
    public static RuleViolation of(String messageKey, Object... arguments) {
        return new RuleViolation(null, messageKey, arguments);
    }

    /** The field the rule is about; empty for the whole form. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
