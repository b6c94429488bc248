package org.stiel.lifecycle;

import org.springframework.stereotype.Component;
import org.stiel.platform.mail.Notifications;
import org.stiel.platform.mail.Recipient;

/**
 * Invitations and reminders to answer a round. They carry a link and the network's name only: what the round asks
 * and who else answers stays in Stiel. Always Dutch, the language of the networks; the page itself follows the
 * reader's choice.
 */
@Component
class LifecycleMails {

    private final Notifications notifications;

    LifecycleMails(Notifications notifications) {
        this.notifications = notifications;
    }

    void invitation(String to, String networkName, RoundId round) {
        send(to, "lifecycle.mail.invitation", networkName, round);
    }

    void reminder(String to, String networkName, RoundId round) {
        send(to, "lifecycle.mail.reminder", networkName, round);
    }

    private void send(String to, String key, String networkName, RoundId round) {
        notifications
                .compose(key)
                .subject(networkName)
                .body(networkName)
                // the round's page, which leads to both parts: the questions and, for partner representatives, the
                // survey
                .link("/lifecycle/rounds/" + round)
                .send(Recipient.inDutch(to));
    }
}
