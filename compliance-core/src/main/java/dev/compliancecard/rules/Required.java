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
 * A value that must be present; a text must also not be blank.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
// The validator stays in the internal package; Hibernate Validator reaches it through `opens`.
@SuppressWarnings("exports")
@Constraint(validatedBy = dev.compliancecard.internal.RequiredValidator.class)
public @interface Required {

    /**
     * The rule code reported when no more specific code applies.
     *
     * @return the code
     */
    String message() default "required";

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
