package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.EmailAddress;
import dev.compliancecard.rules.Rule;

/** Checks {@link EmailAddress}: a shape check only, never a deliverability check. */
public final class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    static final int MAX_LENGTH = 320;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (TextRules.tooLong(value, MAX_LENGTH)) {
            Violations.report(context, Rule.TEXT_TOO_LONG);
            return false;
        }
        if (!hasShape(value.strip())) {
            Violations.report(context, Rule.EMAIL_FORMAT);
            return false;
        }
        return true;
    }

    /**
     * Tells whether a text has the shape {@code local@domain}: one {@code @} with text on both
     * sides, no white space and no control characters.
     *
     * @param email the stripped text
     * @return true if it has the shape
     */
    public static boolean hasShape(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
            return false;
        }
        return email.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
