package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.person.Emails;
import dev.compliancecard.rules.EmailAddress;
import dev.compliancecard.rules.Rule;

/**
 * Checks {@link EmailAddress}: a shape check only, never a deliverability check. White space
 * around the address is allowed, since addresses are compared after trimming. The bound holds
 * for the address as given and for its {@linkplain Emails#normalize normalised} form, which
 * lower-casing may lengthen (a dotted capital I becomes two code points), since stores keep both.
 */
public final class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    /** The largest length of an email address, in code points. */
    public static final int MAX_LENGTH = 320;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (TextRules.isBlank(value)) {
            Violations.report(context, Rule.TEXT_BLANK);
            return false;
        }
        if (TextRules.tooLong(value, MAX_LENGTH) || TextRules.tooLong(Emails.normalize(value), MAX_LENGTH)) {
            Violations.report(context, Rule.TEXT_TOO_LONG);
            return false;
        }
        if (TextRules.hasControlCharacters(value, false)) {
            Violations.report(context, Rule.TEXT_CONTROL_CHARACTERS);
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
     * sides, a domain without empty labels, no white space, no control characters and no unpaired
     * surrogates.
     *
     * @param email the text, not null
     * @return true if it has the shape
     */
    public static boolean hasShape(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
            return false;
        }
        String domain = email.substring(at + 1);
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return false;
        }
        return !TextRules.isMalformed(email)
                && email.codePoints().noneMatch(c -> TextRules.isSpace(c) || Character.isISOControl(c));
    }
}
