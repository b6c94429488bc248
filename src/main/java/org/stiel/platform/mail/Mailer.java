package org.stiel.platform.mail;

/**
 * Sends an e-mail to one person. Texts must carry no personal data beyond the recipient's own: link to Stiel
 * instead.
 */
public interface Mailer {

    void send(OutgoingMail mail);
}
