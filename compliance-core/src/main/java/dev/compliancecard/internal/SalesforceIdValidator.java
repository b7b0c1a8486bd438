package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.SalesforceId;

/** Checks {@link SalesforceId}. */
public final class SalesforceIdValidator implements ConstraintValidator<SalesforceId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || isSalesforceId(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Violations.report(context, Rule.SALESFORCE_ID_FORMAT);
        return false;
    }

    private static boolean isSalesforceId(String value) {
        if (value.length() != 15 && value.length() != 18) {
            return false;
        }
        return value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }
}
