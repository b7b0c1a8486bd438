package dev.compliancecard.internal;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.NotBeforeEpoch;
import dev.compliancecard.rules.Rule;

/** Checks {@link NotBeforeEpoch}. */
public final class NotBeforeEpochValidator implements ConstraintValidator<NotBeforeEpoch, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null || !value.isBefore(LocalDate.EPOCH)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Violations.report(context, Rule.DATE_TOO_OLD);
        return false;
    }
}
