package dev.compliancecard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.rules.ConsistentAuthorization;
import dev.compliancecard.rules.Rule;

/** Checks {@link ConsistentAuthorization}. */
public final class AuthorizationRulesValidator
        implements ConstraintValidator<ConsistentAuthorization, Authorization> {

    @Override
    public boolean isValid(Authorization authorization, ConstraintValidatorContext context) {
        if (authorization == null || authorization.type() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean consent = authorization.type() == AuthorizationType.CONSENT;
        boolean other = authorization.type() == AuthorizationType.OTHER;
        boolean hasPurpose = authorization.purpose().isPresent();
        boolean hasDescription = authorization.description().isPresent();
        boolean valid = true;

        if (consent && authorization.consentDate().isEmpty()) {
            valid = fail(context, Rule.CONSENT_DATE_REQUIRED, "consentDate");
        }
        if (consent && (!hasPurpose || authorization.purpose().get().isBlank())) {
            valid = fail(context, Rule.CONSENT_PURPOSE_REQUIRED, "purpose");
        }
        if (!consent && authorization.consentDate().isPresent()) {
            valid = fail(context, Rule.CONSENT_ONLY, "consentDate");
        }
        if (!consent && hasPurpose) {
            valid = fail(context, Rule.CONSENT_ONLY, "purpose");
        }
        if (other && (!hasDescription || authorization.description().get().isBlank())) {
            valid = fail(context, Rule.DESCRIPTION_REQUIRED, "description");
        }
        if (!other && hasDescription) {
            valid = fail(context, Rule.OTHER_ONLY, "description");
        }
        return valid;
    }

    private static boolean fail(ConstraintValidatorContext context, Rule rule, String property) {
        Violations.report(context, rule, property);
        return false;
    }
}
