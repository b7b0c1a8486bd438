package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.Rule;

/**
 * Reports a rule from inside a constraint validator, with the rule code as message template.
 */
final class Violations {

    private Violations() {
    }

    static void report(ConstraintValidatorContext context, Rule rule) {
        context.buildConstraintViolationWithTemplate(rule.code()).addConstraintViolation();
    }

    static void report(ConstraintValidatorContext context, Rule rule, String property) {
        context.buildConstraintViolationWithTemplate(rule.code())
                .addPropertyNode(property)
                .addConstraintViolation();
    }
}
