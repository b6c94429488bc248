package org.stiel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * One module alone (the test class's package) on its own ephemeral embedded PostgreSQL, without the demo networks,
 * for testing its event listeners with a {@link org.springframework.modulith.test.Scenario}.
 *
 * <p>The platform module comes along because it owns the database: the embedded PostgreSQL and its
 * {@code DataSource} are a configuration in {@code org.stiel.platform.db}, and without it Spring Boot finds no database
 * to connect to. The network module comes along because every module's data hangs off a network, which a test creates
 * through its API rather than by writing to its table; the accounts module because the feed's weekly digest asks it
 * who subscribed. Everything else the module uses must be mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(extraIncludes = {"platform", "network", "accounts"})
@ActiveProfiles("test")
public @interface StielModuleTest {}
