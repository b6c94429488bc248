package org.stiel;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API rules of {@link ModuleApiRules} can fail: run on a made-up module they flag exactly the leaks in it. */
class ModuleApiRulesTests {

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("org.stiel.archfixture");

    @Test
    void aPublicHelperClassInTheRootPackageBreaksTheShapeRule() {
        assertThat(violations(ModuleApiRules.PUBLIC_ROOT_TYPES_HAVE_THE_SHAPE_OF_AN_API))
                .singleElement()
                .asString()
                .startsWith("org.stiel.archfixture.LeakyHelper is public");
    }

    @Test
    void aPublicTypeOnlyItsOwnPackageUsesBreaksTheUsageRule() {
        // the facade (used by web/), the view in its public signature and the published event pass
        assertThat(violations(ModuleApiRules.PUBLIC_ROOT_TYPES_ARE_USED_AS_API))
                .containsExactlyInAnyOrder(
                        "org.stiel.archfixture.LeakyHelper is public but only its own package uses it: make it"
                                + " package-private",
                        "org.stiel.archfixture.UnusedView is public but only its own package uses it: make it"
                                + " package-private");
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURE).getFailureReport().getDetails();
    }
}
