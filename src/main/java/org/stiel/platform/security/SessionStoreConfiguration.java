package org.stiel.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How Spring Session JDBC writes session attributes. Two requests of one session that run at the same time (a double
 * submit, a page and its htmx request) each load the session without an attribute and then both add it, the flash
 * map after a redirect most of all; Spring Session's plain insert then fails the second with a duplicate key on
 * {@code spring_session_attributes_pk}, a 500 for the user. Spring Session's own PostgreSQL customizer writes the
 * attribute as an upsert instead: the later write wins, as it would in a servlet container's memory. Session ids come
 * from {@link RandomSessionIds}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> randomSessionIds() {
        return repository -> repository.setSessionIdGenerator(new RandomSessionIds());
    }
}
