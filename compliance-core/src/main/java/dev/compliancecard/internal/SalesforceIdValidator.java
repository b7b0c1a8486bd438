package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.SalesforceId;

/**
 * Checks {@link SalesforceId}: 15 or 18 ASCII letters and digits. A refusal is reported with the
 * constraint's message, which is the rule code.
 */
public final class SalesforceIdValidator implements ConstraintValidator<SalesforceId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || (value.length() == 15 || value.length() == 18)
                && value.chars().allMatch(SalesforceIdValidator::isAsciiLetterOrDigit);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
