package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.Identifier;
import dev.compliancecard.rules.Rule;

/** Checks {@link Identifier}, reporting every broken rule. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, String> {

    private int max;

    @Override
    public void initialize(Identifier annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || TextRules.isBlank(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = BoundedTextValidator.check(value, max, false, context);
        if (TextRules.isUntrimmed(value)) {
            Violations.report(context, Rule.TEXT_UNTRIMMED);
            valid = false;
        }
        return valid;
    }
}
