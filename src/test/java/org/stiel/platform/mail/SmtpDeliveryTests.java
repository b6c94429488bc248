package org.stiel.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** A failed delivery must not carry the recipient's address into the logs. */
@ExtendWith(OutputCaptureExtension.class)
class SmtpDeliveryTests {

    static final String ADDRESS = "jane.doe@example.org";

    @Test
    void aFailedDeliveryNamesNeitherTheRecipientInTheExceptionNorInTheLog(CapturedOutput output) {
        var delivery = new SmtpDelivery(new FailingSender(), "stiel@example.org");

        var thrown = catchThrowable(
                () -> delivery.on(new MailQueued(new OutgoingMail(ADDRESS, "Uitnodiging", "body with a link"))));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("MailSendException");
        var chain = thrown;
        while (chain != null) {
            assertThat(String.valueOf(chain.getMessage())).doesNotContain(ADDRESS);
            chain = chain.getCause();
        }
        assertThat(output).contains("MailSendException").doesNotContain(ADDRESS);
    }

    @Test
    void aMailPrintsNeitherItsRecipientNorItsBody() {
        var mail = new OutgoingMail(ADDRESS, "Uitnodiging", "https://stiel.example/invitations/secret-token");

        assertThat(mail.toString())
                .contains("Uitnodiging")
                .doesNotContain(ADDRESS)
                .doesNotContain("secret-token");
        assertThat(new MailQueued(mail).toString()).doesNotContain(ADDRESS).doesNotContain("secret-token");
    }

    /** Fails the way JavaMail does: with the address in the message. */
    static class FailingSender implements JavaMailSender {

        @Override
        public void send(SimpleMailMessage... messages) {
            throw new MailSendException("Invalid Addresses: " + messages[0].getTo()[0]);
        }

        @Override
        public MimeMessage createMimeMessage() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException();
        }
    }
}
