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
 * A text of at most {@link #max()} code points, well-formed (no unpaired surrogates), without
 * control characters (tab, line feed, carriage return and the Unicode line and paragraph
 * separators allowed only where {@link #multiline()} says so). Null is valid. A blank text (empty
 * or white space only) is refused as {@code text.blank} unless {@link #blank()} allows it, for
 * values whose own rules report blanks; combine with {@link Required} to refuse null too.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
// The validator stays in the internal package; Hibernate Validator reaches it through `opens`.
@SuppressWarnings("exports")
@Constraint(validatedBy = dev.compliancecard.internal.BoundedTextValidator.class)
public @interface BoundedText {

    /**
     * The rule code reported when no more specific code applies.
     *
     * @return the code
     */
    String message() default "text.too-long";

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

    /**
     * The largest allowed length, in Unicode code points.
     *
     * @return the bound
     */
    int max();

    /**
     * Whether tab, line feed, carriage return and the Unicode line and paragraph separators are
     * allowed.
     *
     * @return true to allow line breaks; false by default
     */
    boolean multiline() default false;

    /**
     * Whether a blank text (empty or white space only) is allowed. Optional fields refuse it, so
     * that absence has one form only: null, or an empty {@code Optional}.
     *
     * @return true to allow blank text; false by default
     */
    boolean blank() default false;
}
