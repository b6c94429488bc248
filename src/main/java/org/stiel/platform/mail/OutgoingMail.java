package org.stiel.platform.mail;

import java.util.Objects;

/** A plain-text e-mail to one recipient. */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }

    /**
     * The subject only: a mail ends up in log lines and in the event publication registry's messages (as part of
     * {@link MailQueued}), and the record's default would print the recipient's address and the body with its
     * links.
     */
    @Override
    public String toString() {
        return "OutgoingMail[subject=" + subject + "]";
    }
}
