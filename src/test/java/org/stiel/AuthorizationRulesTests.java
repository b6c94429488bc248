package org.stiel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;

/**
 * Work done on behalf of nobody goes through one explicit trusted actor ({@code Actor.system(network, …)}), not through
 * methods that skip the role checks (docs/adr/0021).
 */
@AnalyzeClasses(packages = "org.stiel", importOptions = ImportOption.DoNotIncludeTests.class)
class AuthorizationRulesTests {

    @ArchTest
    static final ArchRule noBypassMethods = noMethods()
            .that()
            .arePublic()
            .should()
            .haveNameMatching(".*OnBehalf")
            .because("the installation's own work passes Actor.system(network, …) to the method a person calls");

    @ArchTest
    static final ArchRule facadeWritesNameWhoActs = methods()
            .that(arePublicFacadeWrites())
            .should(notTakeABareNetwork())
            .because("a write in a network takes the person (whose role is checked) or an Actor, never only a"
                    + " NetworkId: that would skip the role checks");

    /** Public methods of a module's facade (a {@code @Service} in its root package) that write. */
    private static DescribedPredicate<JavaMethod> arePublicFacadeWrites() {
        return DescribedPredicate.describe("are public write methods of a module facade", method -> {
            var owner = method.getOwner();
            boolean facade = owner.isAnnotatedWith(Service.class)
                    && owner.getPackageName().matches("org\\.stiel\\.[a-z]+")
                    && !owner.getPackageName().equals("org.stiel.platform")
                    // below accounts, so it cannot know an Actor: its writes are the installation admin's, whom the
                    // security configuration lets alone into /admin/**
                    && !owner.getPackageName().equals("org.stiel.network");
            if (!facade || !method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                return false;
            }
            if (method.isAnnotatedWith(Transactional.class)) {
                return !method.getAnnotationOfType(Transactional.class).readOnly();
            }
            return owner.isAnnotatedWith(Transactional.class)
                    && !owner.getAnnotationOfType(Transactional.class).readOnly();
        });
    }

    private static ArchCondition<JavaMethod> notTakeABareNetwork() {
        return new ArchCondition<>("not take a NetworkId (take the person or an Actor instead)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean network =
                        method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(NetworkId.class));
                if (network) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " writes in a network without saying who acts"));
                }
            }
        };
    }
}
