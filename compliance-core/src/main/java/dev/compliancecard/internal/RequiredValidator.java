package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.Required;

/**
 * Checks {@link Required}: not null and, for text, not blank. A refusal is reported with the
 * constraint's message, which is the rule code.
 */
public final class RequiredValidator implements ConstraintValidator<Required, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value instanceof CharSequence) {
            return !TextRules.isBlank(value.toString());
        }
        return value != null;
    }
}
