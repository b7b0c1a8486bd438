package dev.compliancecard.internal;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.NotInFuture;

/**
 * Checks {@link NotInFuture} against the clock the validator was configured with, in that clock's
 * zone. A refusal is reported with the constraint's message, which is the rule code.
 */
public final class NotInFutureValidator implements ConstraintValidator<NotInFuture, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || !value.isAfter(LocalDate.now(context.getClockProvider().getClock()));
    }
}
