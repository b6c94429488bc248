package org.stiel.platform.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.stiel.platform.StielProperties;

/** SMTP when {@code spring.mail.host} is configured, otherwise the development outbox. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnBean(JavaMailSender.class)
    Mailer smtpMailer(JavaMailSender sender, StielProperties properties) {
        return new SmtpMailer(sender, properties.mail().from());
    }

    @Bean
    @ConditionalOnMissingBean(Mailer.class)
    Mailer outboxMailer(JdbcClient jdbc) {
        return new OutboxMailer(jdbc);
    }
}
