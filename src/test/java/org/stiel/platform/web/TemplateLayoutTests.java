package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page gets the layout the same way (docs/adr/0014): its {@code <html>} replaced by
 * {@code layout :: page(title, content, extraHead)}. The Layout Dialect is not on the classpath, so a page written
 * for it would render without navigation or styles, silently; this test says so instead.
 */
class TemplateLayoutTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void noTemplateUsesTheLayoutDialect() throws IOException {
        assertThat(templates())
                .allSatisfy(t -> assertThat(Files.readString(t))
                        .as("%s uses layout:..., write <html th:replace=\"~{layout :: page(...)}\"> instead", t)
                        .doesNotContain("layout:decorate", "layout:fragment", "layout:title-pattern"));
    }

    @Test
    void everyFullPageUsesTheLayoutWithItsTitleAndContent() throws IOException {
        var pages = templates().stream()
                .filter(t -> !t.endsWith("layout.html"))
                .filter(t -> read(t).contains("<html"))
                .filter(t -> read(t).contains("~{layout :: page("))
                .toList();
        assertThat(pages).hasSizeGreaterThan(50);
        assertThat(pages)
                .allSatisfy(t -> assertThat(read(t))
                        .as(t.toString())
                        .contains("~{layout :: page(~{::head/title}, ~{::content}, ")
                        .contains("th:fragment=\"content\"")
                        .containsPattern("<head>\\s*<title th:text=\"[^\"]+ \\+ ' · Stiel'\""));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
