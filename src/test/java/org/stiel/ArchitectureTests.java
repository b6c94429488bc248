package org.stiel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * The conventions of DESIGN.md that Spring Modulith does not check (it guards the dependencies between modules;
 * these guard what is inside one).
 */
@AnalyzeClasses(packages = "org.stiel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersArePackagePrivateWebClasses = classes()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .notBePublic()
            .andShould()
            .resideInAnyPackage("..web..", "org.stiel.platform..")
            .because("controllers are a module's inside: pages and API call the module's facade");

    @ArchTest
    static final ArchRule springDataRepositoriesArePackagePrivate = classes()
            .that()
            .areAssignableTo(org.springframework.data.repository.Repository.class)
            .or()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .because("another module calls the API or listens to an event, never a repository");

    @ArchTest
    static final ArchRule onlyTheApplicationInTheRootPackage = classes()
            .that()
            .resideInAPackage("org.stiel")
            .should()
            .haveSimpleName("StielApplication")
            .because("every other class belongs to a module");

    @ArchTest
    static final ArchRule publicRootTypesHaveTheShapeOfAnApi =
            ModuleApiRules.PUBLIC_ROOT_TYPES_HAVE_THE_SHAPE_OF_AN_API;

    @ArchTest
    static final ArchRule publicRootTypesAreUsedAsApi = ModuleApiRules.PUBLIC_ROOT_TYPES_ARE_USED_AS_API;

    @ArchTest
    static final ArchRule noLombok = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("lombok..")
            .because("DESIGN.md: no Lombok");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
