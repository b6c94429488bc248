package org.stiel.platform.mail;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps mails in the database when no SMTP server is configured; the admin reads them at /admin/outbox. */
class OutboxMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

    private final JdbcClient jdbc;

    OutboxMailer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(OutgoingMail mail) {
        jdbc.sql("insert into mail_outbox (id, recipient, subject, body) values (?, ?, ?, ?)")
                // attachments are named, not kept: the outbox is for reading what went out, not for calendars
                .params(UUID.randomUUID(), mail.to(), mail.subject(), withAttachmentNames(mail))
                .update();
        log.info("No SMTP server configured: mail '{}' kept in the outbox at /admin/outbox", mail.subject());
    }

    private static String withAttachmentNames(OutgoingMail mail) {
        var body = new StringBuilder(mail.body());
        mail.attachments()
                .forEach(a -> body.append("\n\n[").append(a.filename()).append("]"));
        return body.toString();
    }
}
