package org.stiel.platform.web.forms;

import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The limits a form's Bean Validation constraints put on one field, so the field can show them before the form is
 * sent ({@code maxlength}, {@code min}, {@code max} and a hint) instead of only refusing afterwards. Read from the
 * validator's own metadata, so a limit is written once, on the form, and composed constraints count too.
 *
 * <p>Templates ask {@code ${#limits.of(#object, 'schedules[0].interval')}} (the fragments in
 * {@code templates/platform/fields.html} do). Each (class, path) is worked out once.
 */
public final class FieldLimits {

    /** No limits known: a field of a form without constraints, or a path that does not name a field. */
    public static final Limits NONE = new Limits(null, null, null);

    private final Validator validator;
    private final Map<String, Limits> known = new ConcurrentHashMap<>();

    FieldLimits(Validator validator) {
        this.validator = validator;
    }

    /**
     * The limits of a field of a form.
     *
     * @param form the form object ({@code th:object}); null gives no limits
     * @param path the field's path as {@code th:field} names it, indices allowed
     */
    public Limits of(Object form, String path) {
        if (form == null || path == null) {
            return NONE;
        }
        String plain = path.replaceAll("\\[[^]]*]", "");
        return known.computeIfAbsent(form.getClass().getName() + "#" + plain, k -> read(form.getClass(), plain));
    }

    private Limits read(Class<?> type, String path) {
        String[] names = path.split("\\.");
        Class<?> owner = type;
        for (int i = 0; i < names.length - 1; i++) {
            owner = elementType(field(owner, names[i]));
            if (owner == null) {
                return NONE;
            }
        }
        String name = names[names.length - 1];
        if (field(owner, name) == null) {
            return NONE;
        }
        var property = validator.getConstraintsForClass(owner).getConstraintsForProperty(name);
        if (property == null) {
            return NONE;
        }
        Limits limits = NONE;
        for (var constraint : property.getConstraintDescriptors()) {
            limits = limits.with(constraint);
        }
        return limits;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            }
        }
        return null;
    }

    /** The type a path goes on with: a field's own type, or the element type of a list of rows. */
    private static Class<?> elementType(Field field) {
        if (field == null) {
            return null;
        }
        if (Collection.class.isAssignableFrom(field.getType())
                && field.getGenericType() instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            return element instanceof Class<?> c ? c : null;
        }
        return field.getType().isArray() ? field.getType().getComponentType() : field.getType();
    }

    /**
     * What a field accepts.
     *
     * @param maxLength the most characters, from {@code @Size(max)} (or {@code @Length})
     * @param min the least number, from {@code @Min}, {@code @DecimalMin}, {@code @PositiveOrZero}, {@code @Positive}
     * @param max the largest number, from {@code @Max} or {@code @DecimalMax}
     */
    public record Limits(Integer maxLength, BigDecimal min, BigDecimal max) {

        /** Whether there is a number range to show. */
        public boolean hasRange() {
            return min != null || max != null;
        }

        Limits with(ConstraintDescriptor<?> constraint) {
            Limits limits = this;
            for (var composing : constraint.getComposingConstraints()) {
                limits = limits.with(composing);
            }
            Map<String, Object> a = constraint.getAttributes();
            return switch (constraint.getAnnotation().annotationType().getSimpleName()) {
                case "Size", "Length" -> limits.maxLength((Integer) a.get("max"));
                case "Max" -> limits.max(BigDecimal.valueOf((Long) a.get("value")));
                case "DecimalMax" -> limits.max(new BigDecimal((String) a.get("value")));
                case "Min" -> limits.min(BigDecimal.valueOf((Long) a.get("value")));
                case "DecimalMin" -> limits.min(new BigDecimal((String) a.get("value")));
                case "PositiveOrZero" -> limits.min(BigDecimal.ZERO);
                case "Positive" -> limits.min(BigDecimal.ONE);
                default -> limits;
            };
        }

        private Limits maxLength(Integer value) {
            boolean unbounded = value == null || value == Integer.MAX_VALUE;
            return unbounded ? this : new Limits(smaller(maxLength, value), min, max);
        }

        private Limits max(BigDecimal value) {
            return new Limits(maxLength, min, max == null || value.compareTo(max) < 0 ? value : max);
        }

        private Limits min(BigDecimal value) {
            return new Limits(maxLength, min == null || value.compareTo(min) > 0 ? value : min, max);
        }

        private static Integer smaller(Integer a, Integer b) {
            return Stream.of(a, b).filter(v -> v != null).min(Integer::compare).orElse(null);
        }
    }

    static Set<String> names() {
        return Set.of("limits");
    }
}
