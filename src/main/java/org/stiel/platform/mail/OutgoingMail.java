package org.stiel.platform.mail;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text e-mail to one recipient, with text attachments if any (an invitation's {@code .ics}).
 *
 * @param attachments files sent along; the same rule holds for them as for the body: no personal data beyond the
 *     recipient's own
 */
public record OutgoingMail(String to, String subject, String body, List<Attachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, List.of());
    }

    /**
     * A text file sent along with the mail.
     *
     * @param contentType the MIME type with its parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
     */
    public record Attachment(String filename, String contentType, String content) {

        public Attachment {
            Objects.requireNonNull(filename);
            Objects.requireNonNull(contentType);
            Objects.requireNonNull(content);
        }

        @Override
        public String toString() {
            return "Attachment[" + filename + "]";
        }
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
