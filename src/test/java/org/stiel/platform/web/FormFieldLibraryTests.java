package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Form fields are written once, in {@code templates/platform/fields.html} (docs/adr/0027): label, help, limits and
 * errors tied to the control. A template that writes its own error block gets none of that, and the next copy
 * differs again; this test finds such a block.
 */
class FormFieldLibraryTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final String LIBRARY = "platform/fields.html";

    /** What an error block written by hand is made of: Bootstrap's class, or Thymeleaf's field errors. */
    private static final Pattern ERROR_BLOCK =
            Pattern.compile("invalid-feedback|th:errors=|#fields\\.errors\\(|#fields\\.detailedErrors\\(");

    @Test
    void errorsOfAFieldAreShownByTheLibraryOnly() throws IOException {
        var templates = templates();
        assertThat(templates).contains(LIBRARY).hasSizeGreaterThan(50);
        assertThat(templates.stream().filter(t -> !t.equals(LIBRARY)))
                .allSatisfy(t -> assertThat(handWrittenErrors(read(t)))
                        .as("%s shows a field's errors itself: use ~{platform/fields :: ...}", t)
                        .isEmpty());
    }

    @Test
    void aHandWrittenErrorBlockIsFound() {
        assertThat(
                        handWrittenErrors(
                                "<div th:if=\"${invalid}\" id=\"title-error\" class=\"invalid-feedback\" th:errors=\"*{title}\">"))
                .isNotEmpty();
        assertThat(handWrittenErrors("<span th:each=\"e : ${#fields.errors('bodyId')}\" th:text=\"${e}\"></span>"))
                .isNotEmpty();
        assertThat(handWrittenErrors("<div th:replace=\"~{platform/fields :: errors('owner', 'owner')}\"></div>"))
                .isEmpty();
    }

    static List<String> handWrittenErrors(String template) {
        return ERROR_BLOCK.matcher(template).results().map(m -> m.group()).toList();
    }

    private static List<String> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> TEMPLATES.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static String read(String template) {
        try {
            return Files.readString(TEMPLATES.resolve(template));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
