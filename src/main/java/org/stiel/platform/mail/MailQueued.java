package org.stiel.platform.mail;

/**
 * A mail waits to go out over SMTP. Published inside the sender's transaction and delivered after it commits, so a
 * rolled-back action sends nothing and a failed delivery is retried (Spring Modulith keeps the publication).
 */
record MailQueued(OutgoingMail mail) {}
