package dev.compliancecard.internal;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.rules.ConsistentSource;
import dev.compliancecard.rules.Rule;

/** Checks {@link ConsistentSource}: other needs a non-blank description, which applies to other alone. */
public final class SourceRulesValidator implements ConstraintValidator<ConsistentSource, Source> {

    @Override
    public boolean isValid(Source source, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean other = source.type() == SourceType.OTHER;
        Optional<String> description = source.description();

        if (other && AuthorizationRulesValidator.isBlank(description)) {
            Violations.report(context, Rule.DESCRIPTION_REQUIRED, "description", description.orElse(null));
            return false;
        }
        if (!other && description.isPresent()) {
            Violations.report(context, Rule.OTHER_ONLY, "description", description.get());
            return false;
        }
        return true;
    }
}
