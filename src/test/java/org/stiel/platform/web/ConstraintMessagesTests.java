package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;
import org.stiel.StielTest;
import org.stiel.governance.MemberForm;

/**
 * Every constraint of a form or API body speaks Stiel's own words, in Dutch and in English: Hibernate's defaults
 * ("grootte moet tussen 0 en 200 liggen", "moet groter of gelijk aan -9 zijn") never reach a page.
 */
@StielTest
class ConstraintMessagesTests {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl-BE"), Locale.ENGLISH);

    @Autowired
    MessageSource messages;

    @Autowired
    Validator validator;

    @Test
    void everyConstraintNamesAMessageOfStielInBothLanguages() throws Exception {
        var constraints = constraints();
        assertThat(constraints).hasSizeGreaterThan(150);
        List<String> problems = new ArrayList<>();
        for (var c : constraints) {
            String template = c.message();
            if (!template.matches("\\{[a-zA-Z][\\w.-]*}")
                    || template.startsWith("{jakarta.")
                    || template.startsWith("{org.hibernate.")) {
                problems.add(c.where() + ": " + template);
                continue;
            }
            String key = template.substring(1, template.length() - 1);
            for (Locale language : LANGUAGES) {
                try {
                    messages.getMessage(key, null, language);
                } catch (NoSuchMessageException e) {
                    problems.add(c.where() + ": no " + language + " text for " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The scan above reads annotations; this checks what a page shows for one form, in both languages. */
    @Test
    void aViolatedConstraintSaysWhatToDoInTheUsersLanguage() {
        var form = new MemberForm(null, null, null);
        try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
            assertThat(validator.validate(form))
                    .extracting(v -> v.getMessage())
                    .containsExactlyInAnyOrder("Kies een partner.", "Geef de dag waarop de partner lid wordt.");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(validator.validate(form)).extracting(v -> v.getMessage()).contains("Choose a partner.");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    record Found(String where, String message) {}

    private static List<Found> constraints() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*")));
        List<Found> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.stiel")) {
            var type = ClassUtils.forName(candidate.getBeanClassName(), ConstraintMessagesTests.class.getClassLoader());
            collect(type, found);
        }
        return found;
    }

    private static void collect(Class<?> type, List<Found> found) throws Exception {
        if (!type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("/classes/")
                || type.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath()
                        .contains("test-classes")) {
            return;
        }
        add(type.getSimpleName(), type.getAnnotations(), found);
        for (Field field : type.getDeclaredFields()) {
            String where = type.getName() + "." + field.getName();
            add(where, field.getAnnotations(), found);
            addTypeUse(where, field.getAnnotatedType(), found);
        }
        for (Method method : type.getDeclaredMethods()) {
            add(type.getName() + "." + method.getName() + "()", method.getAnnotations(), found);
            for (var parameter : method.getParameters()) {
                add(
                        type.getName() + "." + method.getName() + "(" + parameter.getName() + ")",
                        parameter.getAnnotations(),
                        found);
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collect(nested, found);
        }
    }

    private static void addTypeUse(String where, AnnotatedType type, List<Found> found) throws Exception {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                add(where + "<>", argument.getAnnotations(), found);
                addTypeUse(where, argument, found);
            }
        }
    }

    private static void add(String where, Annotation[] annotations, List<Found> found) throws Exception {
        for (Annotation annotation : annotations) {
            var kind = annotation.annotationType();
            if (kind.isAnnotationPresent(Constraint.class)) {
                found.add(new Found(where + " @" + kind.getSimpleName(), (String)
                        kind.getMethod("message").invoke(annotation)));
            } else if (kind.getName().endsWith("$List")) {
                // repeated constraints are held in a List container
                var values = kind.getMethod("value").invoke(annotation);
                if (values instanceof Annotation[] repeated) {
                    add(where, repeated, found);
                }
            }
        }
    }
}
