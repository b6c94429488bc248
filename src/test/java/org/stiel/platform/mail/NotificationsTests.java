package org.stiel.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.stiel.platform.StielProperties;

/** Every module's mails are composed the same way: texts in each recipient's language, an absolute link last. */
class NotificationsTests {

    final List<OutgoingMail> sent = new ArrayList<>();
    final Notifications notifications;

    NotificationsTests() {
        var messages = new StaticMessageSource();
        messages.addMessage("test.mail.subject", Locale.forLanguageTag("nl-BE"), "Nieuws in {0}");
        messages.addMessage("test.mail.subject", Locale.ENGLISH, "News in {0}");
        messages.addMessage("test.mail.body", Locale.forLanguageTag("nl-BE"), "{0} in {1}: {2}");
        messages.addMessage("test.mail.body", Locale.ENGLISH, "{0} in {1}: {2}");
        messages.addMessage("test.kind", Locale.forLanguageTag("nl-BE"), "Een vraag");
        messages.addMessage("test.kind", Locale.ENGLISH, "A question");
        var properties = new StielProperties(URI.create("https://stiel.example/"), new StielProperties.Mail("x"));
        notifications = new Notifications(sent::add, messages, properties);
    }

    @Test
    void eachRecipientReadsTheMailInTheirLanguageWithAnAbsoluteLinkLast() {
        int count = notifications
                .compose("test.mail")
                .subject("Gent")
                .body(Notifications.text("test.kind"), "Gent")
                .link("/referrals/42")
                .send(List.of(Recipient.inDutch("a@example.org"), new Recipient("b@example.org", Locale.ENGLISH)));

        assertThat(count).isEqualTo(2);
        assertThat(sent).extracting(OutgoingMail::to).containsExactly("a@example.org", "b@example.org");
        assertThat(sent.get(0).subject()).isEqualTo("Nieuws in Gent");
        assertThat(sent.get(0).body()).isEqualTo("Een vraag in Gent: https://stiel.example/referrals/42");
        assertThat(sent.get(1).subject()).isEqualTo("News in Gent");
        assertThat(sent.get(1).body()).isEqualTo("A question in Gent: https://stiel.example/referrals/42");
    }

    @Test
    void aRecipientsAddressStaysOutOfLogLines() {
        assertThat(Recipient.inDutch("someone@example.org").toString()).doesNotContain("someone");
    }
}
