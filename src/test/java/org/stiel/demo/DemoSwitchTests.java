package org.stiel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mock.env.MockEnvironment;

/** When the demo is on, and where its generated password is kept: no database needed. */
class DemoSwitchTests {

    @Test
    void demoIsOnForTheEmbeddedDatabaseAndOffForAnExternalOneUnlessAsked() {
        assertThat(enabled(new MockEnvironment())).isTrue();
        assertThat(enabled(new MockEnvironment().withProperty("stiel.demo.enabled", "")))
                .isTrue();
        assertThat(enabled(external())).isFalse();
        assertThat(enabled(external().withProperty("stiel.demo.enabled", "true")))
                .isTrue();
        assertThat(enabled(new MockEnvironment().withProperty("stiel.demo.enabled", "FALSE")))
                .isFalse();
        assertThatIllegalStateException()
                .isThrownBy(() -> enabled(new MockEnvironment().withProperty("stiel.demo.enabled", "yes")));
    }

    @Test
    void generatedPasswordIsKeptBesideTheEmbeddedDataForLaterStarts(@TempDir Path dir) throws Exception {
        var environment = new MockEnvironment().withProperty("stiel.embedded-db.data-dir", dir.toString());

        String first = new DemoPassword(environment).obtain();
        String again = new DemoPassword(environment).known().orElseThrow();

        assertThat(first).hasSizeGreaterThanOrEqualTo(16).isEqualTo(again);
        Path file = dir.resolve(DemoPassword.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void configuredPasswordWinsAndIsNotWritten(@TempDir Path dir) {
        var environment = new MockEnvironment()
                .withProperty("stiel.embedded-db.data-dir", dir.toString())
                .withProperty("stiel.demo.password", "a-chosen-demo-password");

        assertThat(new DemoPassword(environment).obtain()).isEqualTo("a-chosen-demo-password");
        assertThat(dir.resolve(DemoPassword.FILE_NAME)).doesNotExist();
    }

    @Test
    void withAnExternalDatabaseTheGeneratedPasswordIsNotStored(@TempDir Path dir) {
        var environment = external().withProperty("stiel.embedded-db.data-dir", dir.toString());

        var password = new DemoPassword(environment);
        String generated = password.obtain();

        assertThat(password.known()).contains(generated);
        assertThat(new DemoPassword(environment).known()).isEmpty();
        assertThat(dir.resolve(DemoPassword.FILE_NAME)).doesNotExist();
    }

    private static MockEnvironment external() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/stiel");
    }

    private static boolean enabled(MockEnvironment environment) {
        var context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return new DemoEnabledCondition().matches(context, mock(AnnotatedTypeMetadata.class));
    }
}
