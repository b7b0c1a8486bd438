package dev.compliancecard.internal;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.NotInFuture;
import dev.compliancecard.rules.Rule;

/** Checks {@link NotInFuture} against the clock the validator was configured with. */
public final class NotInFutureValidator implements ConstraintValidator<NotInFuture, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        if (value == null || !value.isAfter(LocalDate.now(context.getClockProvider().getClock()))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Violations.report(context, Rule.DATE_IN_FUTURE);
        return false;
    }
}
