package org.stiel.accounts;

import org.springframework.stereotype.Component;
import org.stiel.platform.mail.Notifications;
import org.stiel.platform.mail.Recipient;

/**
 * The accounts module's e-mails. They carry a link and generic text only: no names of the inviter or of anyone else,
 * because a mail leaves our hands once sent. Written in the language of the page the action came from.
 */
@Component
class AccountMails {

    private final Notifications notifications;

    AccountMails(Notifications notifications) {
        this.notifications = notifications;
    }

    void invitation(String to, String networkName, NetworkRole role, String token) {
        notifications
                .compose("mail.invitation")
                .body(networkName, Notifications.text("role." + role.name()))
                .link("/invitations/" + token)
                .send(Recipient.inLanguageOfRequest(to));
    }

    void passwordReset(String to, String token) {
        notifications.compose("mail.reset").link("/password/reset/" + token).send(Recipient.inLanguageOfRequest(to));
    }
}
