package org.stiel.platform.mail;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;

/** Hands queued mails to the SMTP server, after the commit of the action that queued them. */
class SmtpDelivery {

    private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

    private final JavaMailSender sender;
    private final String from;

    SmtpDelivery(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        var mail = queued.mail();
        try {
            if (mail.attachments().isEmpty()) {
                var message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.to());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
            } else {
                sender.send(mime -> {
                    var helper = new MimeMessageHelper(mime, true, "UTF-8");
                    helper.setFrom(from);
                    helper.setTo(mail.to());
                    helper.setSubject(mail.subject());
                    helper.setText(mail.body());
                    for (var attachment : mail.attachments()) {
                        helper.addAttachment(
                                attachment.filename(),
                                new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)),
                                attachment.contentType());
                    }
                });
            }
        } catch (MailException e) {
            // The messages of a MailException and of its causes (and the failed messages it carries) name the
            // recipient, and Spring Modulith logs whatever a listener throws, stack trace and causes included. So
            // only the class name goes on, and the cause stays behind.
            var failure = e.getClass().getSimpleName();
            log.warn(
                    "SMTP delivery of mail '{}' failed ({}); the publication stays open for a retry",
                    mail.subject(),
                    failure);
            throw new IllegalStateException("SMTP delivery failed: " + failure);
        }
        // the subject names the kind of mail, never a person
        log.info("Sent mail '{}'", mail.subject());
    }
}
