package dev.compliancecard.internal;

import java.util.List;

import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import dev.compliancecard.rules.Rule;

/**
 * Reports a rule from inside a constraint validator, with the rule code as message template and,
 * where the validator knows better than the validation engine, the values to show.
 */
final class Violations {

    private Violations() {
    }

    /** Reports a rule on the validated value itself, showing the value the engine saw. */
    static void report(ConstraintValidatorContext context, Rule rule) {
        detail(context, null);
        context.buildConstraintViolationWithTemplate(rule.code()).addConstraintViolation();
    }

    /**
     * Reports a rule once for each of the given parts of the validated value, such as the
     * positions of an iterable. The engine sees a single violation, so that any number of parts
     * costs it no more than one.
     */
    static void reportParts(ConstraintValidatorContext context, Rule rule, List<Part> parts) {
        detail(context, new Detail(List.copyOf(parts)));
        context.buildConstraintViolationWithTemplate(rule.code()).addConstraintViolation();
    }

    /** Reports a rule on a property of the validated bean, showing the property's value. */
    static void report(ConstraintValidatorContext context, Rule rule, String property, Object shown) {
        detail(context, new Detail(List.of(new Part("", shown))));
        context.buildConstraintViolationWithTemplate(rule.code())
                .addPropertyNode(property)
                .addConstraintViolation();
    }

    private static void detail(ConstraintValidatorContext context, Detail detail) {
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(detail);
    }

    /** The violations one engine violation stands for, in place of the invalid value it saw. */
    record Detail(List<Part> parts) {
    }

    /**
     * One reported part: what to append to the field path, such as {@code [3]}, and the value to
     * show, possibly null.
     */
    record Part(String suffix, Object shown) {
    }
}
