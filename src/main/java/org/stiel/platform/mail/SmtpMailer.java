package org.stiel.platform.mail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Queues the mail; {@link SmtpDelivery} sends it once the action that asked for it has committed. */
class SmtpMailer implements Mailer {

    private final ApplicationEventPublisher events;

    SmtpMailer(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    @Transactional
    public void send(OutgoingMail mail) {
        events.publishEvent(new MailQueued(mail));
    }
}
