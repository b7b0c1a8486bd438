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
 * A date that does not lie after today, as told by the clock of the validator (the library's
 * clock). Declare it in the {@link Clocked} group, so that it runs with the library's clock. Null is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
// The validator stays in the internal package; Hibernate Validator reaches it through `opens`.
@SuppressWarnings("exports")
@Constraint(validatedBy = dev.compliancecard.internal.NotInFutureValidator.class)
public @interface NotInFuture {

    /**
     * The rule code reported when no more specific code applies.
     *
     * @return the code
     */
    String message() default "date.in-future";

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
