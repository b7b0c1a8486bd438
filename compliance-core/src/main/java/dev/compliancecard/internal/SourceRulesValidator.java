package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.rules.ConsistentSource;
import dev.compliancecard.rules.Rule;

/** Checks {@link ConsistentSource}. */
public final class SourceRulesValidator implements ConstraintValidator<ConsistentSource, Source> {

    @Override
    public boolean isValid(Source source, ConstraintValidatorContext context) {
        if (source == null || source.type() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean other = source.type() == SourceType.OTHER;
        boolean hasDescription = source.description().isPresent();

        if (other && (!hasDescription || source.description().get().isBlank())) {
            Violations.report(context, Rule.DESCRIPTION_REQUIRED, "description");
            return false;
        }
        if (!other && hasDescription) {
            Violations.report(context, Rule.OTHER_ONLY, "description");
            return false;
        }
        return true;
    }
}
