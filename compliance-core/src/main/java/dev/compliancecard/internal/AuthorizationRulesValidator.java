package dev.compliancecard.internal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.rules.ConsistentAuthorization;
import dev.compliancecard.rules.Rule;

/**
 * Checks {@link ConsistentAuthorization}: consent needs a date and a non-blank purpose, which
 * apply to consent alone; other needs a non-blank description, which applies to other alone.
 * Every broken rule is reported.
 */
public final class AuthorizationRulesValidator
        implements ConstraintValidator<ConsistentAuthorization, Authorization> {

    @Override
    public boolean isValid(Authorization authorization, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean consent = authorization.type() == AuthorizationType.CONSENT;
        boolean other = authorization.type() == AuthorizationType.OTHER;
        Optional<LocalDate> date = authorization.consentDate();
        Optional<String> purpose = authorization.purpose();
        Optional<String> description = authorization.description();
        boolean valid = true;

        if (consent && date.isEmpty()) {
            valid = fail(context, Rule.CONSENT_DATE_REQUIRED, "consentDate", null);
        }
        if (consent && isBlank(purpose)) {
            valid = fail(context, Rule.CONSENT_PURPOSE_REQUIRED, "purpose", purpose.orElse(null));
        }
        if (!consent && date.isPresent()) {
            valid = fail(context, Rule.CONSENT_ONLY, "consentDate", date.get());
        }
        if (!consent && purpose.isPresent()) {
            valid = fail(context, Rule.CONSENT_ONLY, "purpose", purpose.get());
        }
        if (other && isBlank(description)) {
            valid = fail(context, Rule.DESCRIPTION_REQUIRED, "description", description.orElse(null));
        }
        if (!other && description.isPresent()) {
            valid = fail(context, Rule.OTHER_ONLY, "description", description.get());
        }
        return valid;
    }

    static boolean isBlank(Optional<String> text) {
        return text.isEmpty() || TextRules.isBlank(text.get());
    }

    private static boolean fail(ConstraintValidatorContext context, Rule rule, String property, Object shown) {
        Violations.report(context, rule, property, shown);
        return false;
    }
}
