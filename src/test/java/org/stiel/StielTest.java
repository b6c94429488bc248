package org.stiel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an ephemeral embedded PostgreSQL with the demo networks loaded, and a MockMvc. All tests
 * that use it share one Spring context (and so one database): create what you change under names of your own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface StielTest {

    /** The password of every demo account in tests. */
    String DEMO_PASSWORD = "demo-password-for-tests";
}
