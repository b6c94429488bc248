package org.stiel.platform;

import java.util.Arrays;

/**
 * A request Stiel cannot answer as it was sent (a tampered paging cursor, a size out of range): 400 with a message
 * the reader understands, problem JSON in the API and the error page otherwise. Form input has its own way (field
 * errors); this is for what a link or an API client sends.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    /** @param messageKey a key of the messages, said to the reader as the problem's detail */
    public BadRequestException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
