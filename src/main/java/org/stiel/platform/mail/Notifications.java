package org.stiel.platform.mail;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.stiel.platform.StielProperties;

/**
 * The one way modules compose e-mails: a message key for subject and body, arguments, a link into Stiel and
 * recipients with their language. Composition is the same for every module — texts from the message files in the
 * recipient's language, links absolute to {@link StielProperties#baseUrl()} — so a module states only what its mail
 * says. Sending goes through the {@link Mailer} (after commit, see {@link MailQueued}).
 *
 * <p>A mail leaves our hands once sent: it carries a link and generic text, never personal data of families and no
 * one's data but the recipient's own. Arguments are therefore names of things in the network (a network, a meeting)
 * or texts from the message files ({@link #text(String)}); what the person needs to see is behind the link, after
 * logging in.
 */
@Component
public class Notifications {

    private final Mailer mailer;
    private final MessageSource messages;
    private final StielProperties properties;

    Notifications(Mailer mailer, MessageSource messages, StielProperties properties) {
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * A new mail whose subject is the message {@code key + ".subject"} and whose body is {@code key + ".body"}.
     *
     * @param key the messages' common prefix, e.g. {@code referrals.mail}
     */
    public Notification compose(String key) {
        return new Notification(this, key);
    }

    /** An argument that is itself a text from the message files, written in the recipient's language. */
    public static MessageSourceResolvable text(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    /**
     * An argument that is a text from the message files with arguments of its own; the first key that exists is used
     * (a specific text, then a general one).
     */
    public static MessageSourceResolvable text(List<String> keys, Object... arguments) {
        return new DefaultMessageSourceResolvable(keys.toArray(String[]::new), arguments.clone());
    }

    /** An argument of several texts, one per line (a digest's counts), each written in the recipient's language. */
    public static Lines lines(List<MessageSourceResolvable> lines) {
        return new Lines(List.copyOf(lines));
    }

    /** See {@link #lines(List)}. */
    public record Lines(List<MessageSourceResolvable> lines) {}

    /** An absolute link to a path of this installation, for attachments that carry it (a calendar's URL). */
    public String link(String path) {
        return properties.link(path);
    }

    /** The installation's sending address, as configured ({@code Name <address>} or the address alone). */
    public String from() {
        return properties.mail().from();
    }

    String message(String key, Object[] args, java.util.Locale locale) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Lines l
                    ? String.join(
                            "\n",
                            l.lines().stream()
                                    .map(line -> messages.getMessage(line, locale))
                                    .toList())
                    : args[i];
        }
        return messages.getMessage(key, resolved, locale);
    }

    void send(OutgoingMail mail) {
        mailer.send(mail);
    }
}
