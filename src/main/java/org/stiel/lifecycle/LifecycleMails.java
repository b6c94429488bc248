package org.stiel.lifecycle;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielProperties;
import org.stiel.platform.mail.Mailer;
import org.stiel.platform.mail.OutgoingMail;

/**
 * Invitations and reminders to answer a round. They carry a link and the network's name only: what the round asks
 * and who else answers stays in Stiel. Always Dutch, the language of the networks; the page itself follows the
 * reader's choice.
 */
@Component
class LifecycleMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private final Mailer mailer;
    private final MessageSource messages;
    private final StielProperties properties;

    LifecycleMails(Mailer mailer, MessageSource messages, StielProperties properties) {
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    void invitation(String to, String networkName, RoundId round) {
        send(to, "lifecycle.mail.invitation", networkName, round);
    }

    void reminder(String to, String networkName, RoundId round) {
        send(to, "lifecycle.mail.reminder", networkName, round);
    }

    private void send(String to, String key, String networkName, RoundId round) {
        // the round's page, which leads to both parts: the questions and, for partner representatives, the survey
        String link = properties.link("/lifecycle/rounds/" + round);
        mailer.send(new OutgoingMail(
                to,
                messages.getMessage(key + ".subject", new Object[] {networkName}, DUTCH),
                messages.getMessage(key + ".body", new Object[] {networkName, link}, DUTCH)));
    }
}
