package org.stiel.platform.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One e-mail being composed, made by {@link Notifications#compose(String)}. Its texts are written per recipient, in
 * the recipient's language; the link (if any) is the body's last argument.
 *
 * <pre>{@code
 * notifications.compose("referrals.mail")
 *         .body(Notifications.text("noticeKind." + kind))
 *         .link("/referrals/" + referral)
 *         .send(Recipient.inDutch(staffEmails));
 * }</pre>
 */
public final class Notification {

    private final Notifications notifications;
    private final String key;
    private Object[] subjectArguments = {};
    private Object[] bodyArguments = {};
    private String link;
    private Function<Recipient, OutgoingMail.Attachment> attachment;

    Notification(Notifications notifications, String key) {
        this.notifications = notifications;
        this.key = Objects.requireNonNull(key);
    }

    /** The subject's arguments: names of things in the network or {@link Notifications#text(String) texts}. */
    public Notification subject(Object... arguments) {
        this.subjectArguments = arguments.clone();
        return this;
    }

    /** The body's arguments, before the link: the same rule as for the subject's. */
    public Notification body(Object... arguments) {
        this.bodyArguments = arguments.clone();
        return this;
    }

    /** The page of Stiel the mail leads to, given as a path; written absolute as the body's last argument. */
    public Notification link(String path) {
        this.link = notifications.link(path);
        return this;
    }

    /** A file sent along, made per recipient (a calendar invitation names its attendee). */
    public Notification attach(Function<Recipient, OutgoingMail.Attachment> attachment) {
        this.attachment = attachment;
        return this;
    }

    /** Sends the mail to one person. */
    public void send(Recipient to) {
        notifications.send(mailTo(to));
    }

    /** Sends the mail to each person, one mail each; answers how many went out. */
    public int send(Collection<Recipient> to) {
        to.forEach(this::send);
        return to.size();
    }

    OutgoingMail mailTo(Recipient to) {
        List<Object> body = new ArrayList<>(Arrays.asList(bodyArguments));
        if (link != null) {
            body.add(link);
        }
        return new OutgoingMail(
                to.email(),
                notifications.message(key + ".subject", subjectArguments, to.locale()),
                notifications.message(key + ".body", body.toArray(), to.locale()),
                attachment == null ? List.of() : List.of(attachment.apply(to)));
    }
}
