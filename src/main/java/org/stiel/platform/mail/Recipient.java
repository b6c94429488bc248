package org.stiel.platform.mail;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Whom a {@link Notification} goes to, and in which language its texts are written for them.
 *
 * @param email the address; it is never written into a mail's text, only used to deliver it
 */
public record Recipient(String email, Locale locale) {

    /** The networks' language, for mails that go out without a page to take the language from. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    public Recipient {
        Objects.requireNonNull(email);
        Objects.requireNonNull(locale);
    }

    /**
     * In Dutch, the language of the networks: for mails to people other than the one acting (reminders, notices,
     * jobs), whose language Stiel does not know.
     */
    public static Recipient inDutch(String email) {
        return new Recipient(email, DUTCH);
    }

    /** Each in Dutch, see {@link #inDutch(String)}. */
    public static List<Recipient> inDutch(Collection<String> emails) {
        return emails.stream().map(Recipient::inDutch).toList();
    }

    /**
     * In the language of the page the action came from (the person acting chose it for a mail they caused); Dutch
     * for actions without one, such as event listeners.
     */
    public static Recipient inLanguageOfRequest(String email) {
        var context = LocaleContextHolder.getLocaleContext();
        return new Recipient(email, context != null && context.getLocale() != null ? context.getLocale() : DUTCH);
    }

    /** The address stays out of log lines and messages. */
    @Override
    public String toString() {
        return "Recipient[" + locale + "]";
    }
}
