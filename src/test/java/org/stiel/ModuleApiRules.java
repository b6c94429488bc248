package org.stiel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * What a module's root package may make public: its API, and nothing else (issue 15). Spring Modulith lets another
 * module use every public type of a root package, and a module's own {@code web} layer can only reach public types, so
 * a public type there is API whether it meant to be or not. These rules keep the root package readable as the API:
 * internals are package-private beside the facade or live in {@code internal/}.
 */
final class ModuleApiRules {

    /** {@code org.stiel.referrals}, not {@code org.stiel.referrals.web}; the platform is a toolbox, not a module API. */
    private static final Pattern MODULE_ROOT = Pattern.compile("org\\.stiel\\.(?!platform$)[a-z]+");

    static final DescribedPredicate<JavaClass> PUBLIC_IN_A_MODULE_ROOT = DescribedPredicate.describe(
            "public top-level types in a module's root package", ModuleApiRules::isPublicRootType);

    /**
     * The shapes an API takes: the facade (a {@code @Service}), commands and forms, read models, IDs and events
     * (records), enums, the rule failures a caller catches, extension points (interfaces), the signed-in user, checks
     * every module calls (a final class of static methods, such as {@code Require}) and the rows of a form (a bean of
     * getters and setters). A plain public class or a public {@code @Component} is a helper that leaked.
     */
    static final ArchRule PUBLIC_ROOT_TYPES_HAVE_THE_SHAPE_OF_AN_API = classes()
            .that(PUBLIC_IN_A_MODULE_ROOT)
            .should(new ArchCondition<JavaClass>("be a facade, form, record, enum, exception, interface or the user") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean api = type.isRecord()
                            || type.isEnum()
                            || type.isInterface()
                            || type.isAnnotatedWith(Service.class)
                            || type.getSimpleName().endsWith("Form")
                            || type.isAssignableTo(RuntimeException.class)
                            || type.isAssignableTo(UserDetails.class)
                            || staticChecks(type)
                            || formRow(type);
                    if (!api && !KNOWN_LEAKS.contains(type.getName())) {
                        events.add(SimpleConditionEvent.violated(
                                type,
                                type.getName()
                                        + " is public in the module's root package but is no API type: make it"
                                        + " package-private or move it to internal/"));
                    }
                }
            })
            .because("a module's root package shows its API and nothing else")
            .allowEmptyShould(true);

    /**
     * Every public root type is reached from outside the root package — by another module, by the module's own web
     * layer or subpackages — or shows in a public signature of a type that is. A public type only its own package
     * uses is an internal that should be package-private.
     */
    static final ArchRule PUBLIC_ROOT_TYPES_ARE_USED_AS_API = classes()
            .that(PUBLIC_IN_A_MODULE_ROOT)
            .should(
                    new ArchCondition<JavaClass>(
                            "be used from outside the root package or be part of a public signature") {
                        @Override
                        public void check(JavaClass type, ConditionEvents events) {
                            if (KNOWN_LEAKS.contains(type.getName())) {
                                return;
                            }
                            if (!usedFromOutside(type) && !inAPublicSignature(type) && !publishedAsEvent(type)) {
                                events.add(
                                        SimpleConditionEvent.violated(
                                                type,
                                                type.getName()
                                                        + " is public but only its own package uses it: make it package-private"));
                            }
                        }
                    })
            .because("a public type nobody outside uses is an internal that leaked into the API")
            .allowEmptyShould(true);

    /** No type is exempt; a type that must stay public although it breaks a rule is named here with the reason. */
    static final Set<String> KNOWN_LEAKS = Set.of();

    private ModuleApiRules() {}

    /** A final class that cannot be made and whose public methods are all static: checks such as {@code Require}. */
    private static boolean staticChecks(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.FINAL)
                && type.getConstructors().stream()
                        .allMatch(c -> c.getModifiers().contains(JavaModifier.PRIVATE))
                && type.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC));
    }

    /** A row of a form bound by the page (a school holiday): nothing public but getters, setters and is-methods. */
    private static boolean formRow(JavaClass type) {
        var methods = type.getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .toList();
        return methods.stream().anyMatch(m -> m.getName().startsWith("get"))
                && methods.stream()
                        .allMatch(m -> m.getName().startsWith("get")
                                || m.getName().startsWith("set")
                                || m.getName().startsWith("is"));
    }

    static boolean isPublicRootType(JavaClass type) {
        return type.isTopLevelClass()
                && type.getModifiers().contains(JavaModifier.PUBLIC)
                && MODULE_ROOT.matcher(type.getPackageName()).matches()
                && !type.getSimpleName().equals("package-info");
    }

    private static boolean usedFromOutside(JavaClass type) {
        for (Dependency dependency : type.getDirectDependenciesToSelf()) {
            if (!dependency.getOriginClass().getPackageName().equals(type.getPackageName())) {
                return true;
            }
        }
        return false;
    }

    /** Used in the signature of a public member of another public root type that is itself used as API. */
    private static boolean inAPublicSignature(JavaClass type) {
        for (Dependency dependency : type.getDirectDependenciesToSelf()) {
            JavaClass user = dependency.getOriginClass();
            JavaClass topLevel = topLevel(user);
            if (topLevel.equals(type)
                    || !isPublicRootType(topLevel)
                    || !user.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaMember member : user.getMembers()) {
                if (member.getModifiers().contains(JavaModifier.PUBLIC) && signatureMentions(member, type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An event is API even before anyone listens: a record (DESIGN.md: events are records) built in a method that
     * publishes. (Whether it should be published at all is the event rule's question, not this one's.)
     */
    private static boolean publishedAsEvent(JavaClass type) {
        return type.isRecord()
                && type.getConstructorCallsToSelf().stream()
                        .map(call -> call.getOrigin())
                        // built where it is published, or in a helper whose result is (ReferralEvents.of)
                        .anyMatch(origin -> publishes(origin)
                                || origin.getAccessesToSelf().stream()
                                        .anyMatch(caller -> publishes(caller.getOrigin())));
    }

    private static boolean publishes(JavaCodeUnit unit) {
        return unit.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getName().equals("publishEvent")
                                && call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class))
                || unit.getMethodReferencesFromSelf().stream()
                        .anyMatch(ref -> ref.getName().equals("publishEvent")
                                && ref.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class));
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean signatureMentions(JavaMember member, JavaClass type) {
        if (member instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
            return unit.getReturnType().getAllInvolvedRawTypes().contains(type)
                    || unit.getParameterTypes().stream()
                            .anyMatch(p -> p.getAllInvolvedRawTypes().contains(type));
        }
        if (member instanceof com.tngtech.archunit.core.domain.JavaField field) {
            return field.getType().getAllInvolvedRawTypes().contains(type);
        }
        return false;
    }
}
