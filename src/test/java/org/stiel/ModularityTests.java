package org.stiel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of DESIGN.md, verified, and the module documentation in {@code docs/modules}, regenerated. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(StielApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // committed, so that a change of the module structure shows up in review
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
    }
}
