package dev.compliancecard.internal;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.NotBeforeEpoch;

/**
 * Checks {@link NotBeforeEpoch}. A refusal is reported with the constraint's message, which is
 * the rule code.
 */
public final class NotBeforeEpochValidator implements ConstraintValidator<NotBeforeEpoch, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || !value.isBefore(LocalDate.EPOCH);
    }
}
