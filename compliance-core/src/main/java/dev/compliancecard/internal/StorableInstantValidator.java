package dev.compliancecard.internal;

import java.time.Instant;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.rules.StorableInstant;

/**
 * Checks {@link StorableInstant}. A refusal is reported with the constraint's message, which is
 * the rule code.
 */
public final class StorableInstantValidator implements ConstraintValidator<StorableInstant, Instant> {

    /** The earliest instant a store must keep. */
    public static final Instant EARLIEST = Instant.EPOCH;
    /** The latest instant a store must keep: the last microsecond of the year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }
}
