package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page gets the layout the same way (docs/adr/0014): its {@code <html>} replaced by
 * {@code layout :: page(title, content, extraHead)}. The Layout Dialect is not on the classpath, so a page written
 * for it would render without navigation or styles, silently; this test says so instead.
 *
 * <p>Every template is one of three kinds: the layout itself, a fragment library (no {@code <head>}, only
 * {@code th:fragment}s), a document rendered outside the browser (the PDFs, named below), or a page — and a page
 * must use the layout. A new page that forgets it is a page all the same, so it fails here.
 */
class TemplateLayoutTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Rendered to PDF, never shown in the browser: they carry their own head and styles. */
    private static final Set<String> DOCUMENTS =
            Set.of("referrals/subject-access-pdf.html", "lifecycle/survey/pdf.html", "insight/gap-pdf.html");

    @Test
    void noTemplateUsesTheLayoutDialect() throws IOException {
        assertThat(templates())
                .allSatisfy(t -> assertThat(Files.readString(t))
                        .as("%s uses layout:..., write <html th:replace=\"~{layout :: page(...)}\"> instead", t)
                        .doesNotContain("layout:decorate", "layout:fragment", "layout:title-pattern"));
    }

    @Test
    void everyFullPageUsesTheLayoutWithItsTitleAndContent() throws IOException {
        var checked = templates().stream()
                .map(t -> TEMPLATES.relativize(t).toString().replace('\\', '/'))
                .filter(name -> !name.equals("layout.html") && !DOCUMENTS.contains(name))
                .toList();
        assertThat(checked).hasSizeGreaterThan(50);
        assertThat(checked)
                .allSatisfy(name -> assertThat(layoutProblems(read(TEMPLATES.resolve(name))))
                        .as(name)
                        .isEmpty());
    }

    @Test
    void aPageWithoutTheLayoutIsFound() {
        var page = """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <head><title th:text="#{x.title} + ' · Stiel'">X</title></head>
                <body><main><h1>X</h1></main></body>
                </html>
                """;
        assertThat(layoutProblems(page)).isNotEmpty();
        assertThat(layoutProblems("<html><body><p>no head, no fragment</p></body></html>"))
                .isNotEmpty();
    }

    @Test
    void aPageWithTheLayoutOrAFragmentLibraryPasses() {
        var page = """
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::head/title}, ~{::content}, ~{})}">
                <head><title th:text="#{x.title} + ' · Stiel'">X</title></head>
                <body><div th:fragment="content">X</div></body>
                </html>
                """;
        assertThat(layoutProblems(page)).isEmpty();
        assertThat(layoutProblems("<html><body><div th:fragment=\"f\">X</div></body></html>"))
                .isEmpty();
    }

    /** What keeps a template from being either a fragment library or a page with the layout; empty when fine. */
    static List<String> layoutProblems(String template) {
        var problems = new ArrayList<String>();
        boolean hasHead = template.contains("<head");
        boolean fragmentLibrary = !hasHead && template.contains("th:fragment=");
        if (fragmentLibrary) {
            return problems;
        }
        if (!template.contains("~{layout :: page(~{::head/title}, ~{::content}, ")) {
            problems.add("a page without <html th:replace=\"~{layout :: page(~{::head/title}, ~{::content}, ...)}\">");
        }
        if (!template.contains("th:fragment=\"content\"")) {
            problems.add("a page without th:fragment=\"content\"");
        }
        if (!template.matches("(?s).*<head>\\s*<title th:text=\"[^\"]+ \\+ ' · Stiel'\".*")) {
            problems.add("a page without <head><title th:text=\"... + ' · Stiel'\">");
        }
        return problems;
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
