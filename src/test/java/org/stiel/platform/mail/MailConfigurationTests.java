package org.stiel.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** The outbox with a real database is allowed, but not silently. */
@ExtendWith(OutputCaptureExtension.class)
class MailConfigurationTests {

    @Test
    void warnsWhenTheOutboxIsUsedWithAnExternalDatabase(CapturedOutput output) {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/stiel");

        var mailer = mailer(environment);

        assertThat(mailer).isInstanceOf(OutboxMailer.class);
        assertThat(output).contains("WARN").contains("SPRING_MAIL_HOST");
    }

    @Test
    void staysQuietWithTheEmbeddedDatabase(CapturedOutput output) {
        var mailer = mailer(new MockEnvironment());

        assertThat(mailer).isInstanceOf(OutboxMailer.class);
        assertThat(output).doesNotContain("SPRING_MAIL_HOST");
    }

    @Test
    void staysQuietWithSmtp(CapturedOutput output) {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/stiel")
                .withProperty("spring.mail.host", "smtp.example.org");

        assertThat(mailer(environment)).isInstanceOf(SmtpMailer.class);
        assertThat(output).doesNotContain("SPRING_MAIL_HOST");
    }

    private static Mailer mailer(MockEnvironment environment) {
        return new MailConfiguration()
                .mailer(environment, mock(ApplicationEventPublisher.class), mock(JdbcClient.class));
    }
}
