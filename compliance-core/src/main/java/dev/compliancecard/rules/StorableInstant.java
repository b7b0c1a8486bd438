package dev.compliancecard.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An instant that every store can keep: from {@code 1970-01-01T00:00:00Z} to
 * {@code 9999-12-31T23:59:59.999999Z}, both included. Null is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
// The validator stays in the internal package; Hibernate Validator reaches it through `opens`.
@SuppressWarnings("exports")
@Constraint(validatedBy = dev.compliancecard.internal.StorableInstantValidator.class)
public @interface StorableInstant {

    /**
     * The rule code reported when no more specific code applies.
     *
     * @return the code
     */
    String message() default "time.range";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
