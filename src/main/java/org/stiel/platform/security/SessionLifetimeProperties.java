package org.stiel.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a login lasts at most, however active ({@code stiel.session.absolute-timeout}, 12 hours by default: a
 * working day with margin). The idle timeout is {@code spring.session.timeout}.
 *
 * @param absoluteTimeout a session older than this is ended and its user asked to log in again
 */
@ConfigurationProperties("stiel.session")
public record SessionLifetimeProperties(@DefaultValue("12h") Duration absoluteTimeout) {}
