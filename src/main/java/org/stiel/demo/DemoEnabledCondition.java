package org.stiel.demo;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.stiel.platform.db.NoExternalDatabaseCondition;

/**
 * Matches when {@code stiel.demo.enabled} ({@code STIEL_DEMO}) is {@code true}, or when it is left empty and no
 * external database is configured. Read as a string, not bound as a boolean, because "not set" has a meaning of its
 * own: the embedded default gets the demo, a production database never does unless asked.
 */
class DemoEnabledCondition implements Condition {

    static final String PROPERTY = "stiel.demo.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment())
                .orElseGet(() -> new NoExternalDatabaseCondition().matches(context, metadata));
    }

    /** The explicit choice, if one was made; anything but true or false is a typo worth failing on. */
    static Optional<Boolean> enabled(Environment environment) {
        String value = environment.getProperty(PROPERTY);
        if (!StringUtils.hasText(value)) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new IllegalStateException(PROPERTY + " (STIEL_DEMO) must be true, false or empty");
        };
    }
}
