package org.stiel.offer.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of an {@link OfferForm} that involve more than one field. Each broken rule is reported on the field a
 * person has to change (e.g. {@code schedules[1].closesAt}), so that a page shows it next to that field.
 */
@Documented
@Constraint(validatedBy = ConsistentOfferValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentOffer {

    String message() default "{offer.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
