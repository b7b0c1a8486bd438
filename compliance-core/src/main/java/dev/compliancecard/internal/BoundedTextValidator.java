package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.BoundedText;
import dev.compliancecard.rules.Rule;

/** Checks {@link BoundedText}, reporting every broken rule. */
public final class BoundedTextValidator implements ConstraintValidator<BoundedText, String> {

    private int max;
    private boolean multiline;
    private boolean blank;

    @Override
    public void initialize(BoundedText annotation) {
        max = annotation.max();
        multiline = annotation.multiline();
        blank = annotation.blank();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (!blank && TextRules.isBlank(value)) {
            Violations.report(context, Rule.TEXT_BLANK);
            return false;
        }
        return check(value, max, multiline, context);
    }

    /** Reports length, control characters and malformed text; true if none is broken. */
    static boolean check(String value, int max, boolean multiline, ConstraintValidatorContext context) {
        boolean valid = true;
        if (TextRules.tooLong(value, max)) {
            Violations.report(context, Rule.TEXT_TOO_LONG);
            valid = false;
        }
        if (TextRules.hasControlCharacters(value, multiline)) {
            Violations.report(context, Rule.TEXT_CONTROL_CHARACTERS);
            valid = false;
        }
        if (TextRules.isMalformed(value)) {
            Violations.report(context, Rule.TEXT_MALFORMED);
            valid = false;
        }
        return valid;
    }
}
