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
            for (Path diagram :
                    files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /**
     * The diagrams list their relations in hash order, which changes from run to run; sorted, a build leaves the
     * committed files alone unless the structure really changed.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram, StandardCharsets.UTF_8));
        List<Integer> positions = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                positions.add(i);
                relations.add(lines.get(i));
            }
        }
        relations.sort(null);
        for (int i = 0; i < positions.size(); i++) {
            lines.set(positions.get(i), relations.get(i));
        }
        Files.write(diagram, lines, StandardCharsets.UTF_8);
    }
}
