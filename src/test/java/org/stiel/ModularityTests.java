package org.stiel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of DESIGN.md, verified, and the module documentation in {@code docs/modules}, regenerated. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(StielApplication.class);

    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        // committed, so that a change of the module structure shows up in review
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (var files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                sortLists(file);
            }
        }
    }

    /**
     * The generated files list relations, types and events in hash order, which changes from run to run. Sorting
     * each run of list lines ({@code Rel(…)} in diagrams, {@code * …} items in AsciiDoc table cells) makes a build
     * leave the committed files alone unless the structure really changed.
     */
    static void sortLists(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isListLine(lines.get(end), end == i)) {
                end++;
            }
            if (end - i > 1) {
                // an AsciiDoc cell's first item carries the cell's "|": keep it in front of whatever comes first
                boolean cell = lines.get(i).startsWith("|");
                List<String> run = new ArrayList<>(lines.subList(i, end));
                if (cell) {
                    run.set(0, run.get(0).substring(1));
                }
                run.sort(null);
                if (cell) {
                    run.set(0, "|" + run.get(0));
                }
                for (int k = 0; k < run.size(); k++) {
                    lines.set(i + k, run.get(k));
                }
            }
            i = Math.max(end, i + 1);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static boolean isListLine(String line, boolean first) {
        return line.startsWith("Rel(") || line.startsWith("* ") || (first && line.startsWith("|* "));
    }
}
