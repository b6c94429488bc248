package org.stiel.platform.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;
import org.stiel.platform.StielProperties;

/**
 * SMTP when {@code spring.mail.host} is configured, otherwise the development outbox. Decided on the property, not
 * on the presence of a {@link JavaMailSender} bean: user configuration is processed before the mail
 * auto-configuration registers that bean.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    Mailer mailer(Environment environment, ApplicationEventPublisher events, JdbcClient jdbc) {
        if (StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
            return new SmtpMailer(events);
        }
        // An installation without SMTP must still start, but with an external database it is most likely a real
        // one, and then mails with live invitation and reset links sit in a table instead of reaching people.
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            log.warn("No SMTP server configured (SPRING_MAIL_HOST is not set) while an external database is:"
                    + " mails are NOT sent but kept in the development outbox at /admin/outbox."
                    + " Set SPRING_MAIL_HOST to send them.");
        }
        return new OutboxMailer(jdbc);
    }

    @Bean
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    SmtpDelivery smtpDelivery(JavaMailSender sender, StielProperties properties) {
        return new SmtpDelivery(sender, properties.mail().from());
    }

    /** Also with SMTP configured: an installation that switched to SMTP still has old mails in the outbox. */
    @Bean
    OutboxPurge outboxPurge(JdbcClient jdbc) {
        return new OutboxPurge(jdbc);
    }
}
