package org.stiel.platform.mail;

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

    @Bean
    Mailer mailer(Environment environment, ApplicationEventPublisher events, JdbcClient jdbc) {
        if (StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
            return new SmtpMailer(events);
        }
        return new OutboxMailer(jdbc);
    }

    @Bean
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    SmtpDelivery smtpDelivery(JavaMailSender sender, StielProperties properties) {
        return new SmtpDelivery(sender, properties.mail().from());
    }
}
