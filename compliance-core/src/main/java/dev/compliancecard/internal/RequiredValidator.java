package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.Required;
import dev.compliancecard.rules.Rule;

/** Checks {@link Required}: not null and, for text, not blank. */
public final class RequiredValidator implements ConstraintValidator<Required, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        boolean present = value != null
                && !(value instanceof CharSequence && TextRules.isBlank(value.toString()));
        if (!present) {
            context.disableDefaultConstraintViolation();
            Violations.report(context, Rule.REQUIRED);
        }
        return present;
    }
}
