package org.stiel.platform.mail;

import java.util.Objects;

/** A plain-text e-mail to one recipient. */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }
}
