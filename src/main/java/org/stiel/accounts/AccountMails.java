package org.stiel.accounts;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielProperties;
import org.stiel.platform.mail.Mailer;
import org.stiel.platform.mail.OutgoingMail;

/**
 * The accounts module's e-mails. They carry a link and generic text only: no names of the inviter or of anyone else,
 * because a mail leaves our hands once sent.
 */
@Component
class AccountMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private final Mailer mailer;
    private final MessageSource messages;
    private final StielProperties properties;

    AccountMails(Mailer mailer, MessageSource messages, StielProperties properties) {
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    void invitation(String to, String networkName, NetworkRole role, String token) {
        Locale locale = locale();
        String roleName = messages.getMessage("role." + role.name(), null, locale);
        String link = properties.link("/invitations/" + token);
        mailer.send(new OutgoingMail(
                to,
                messages.getMessage("mail.invitation.subject", null, locale),
                messages.getMessage("mail.invitation.body", new Object[] {networkName, roleName, link}, locale)));
    }

    void passwordReset(String to, String token) {
        Locale locale = locale();
        String link = properties.link("/password/reset/" + token);
        mailer.send(new OutgoingMail(
                to,
                messages.getMessage("mail.reset.subject", null, locale),
                messages.getMessage("mail.reset.body", new Object[] {link}, locale)));
    }

    /** The language of the page the action came from; Dutch for actions without one (event listeners). */
    private static Locale locale() {
        var context = LocaleContextHolder.getLocaleContext();
        return context != null && context.getLocale() != null ? context.getLocale() : DUTCH;
    }
}
