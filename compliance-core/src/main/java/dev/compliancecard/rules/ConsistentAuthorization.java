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
 * The cross-field rules of an authorization: consent needs a consent date and a purpose, which
 * apply to consent alone; other needs a description, which applies to other alone.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
// The validator stays in the internal package; Hibernate Validator reaches it through `opens`.
@SuppressWarnings("exports")
@Constraint(validatedBy = dev.compliancecard.internal.AuthorizationRulesValidator.class)
public @interface ConsistentAuthorization {

    /**
     * The rule code reported when no more specific code applies.
     *
     * @return the code
     */
    String message() default "consent.only";

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
