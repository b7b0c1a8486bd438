package dev.compliancecard.testkit;

import java.time.LocalDate;

import dev.compliancecard.ComplianceCards;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.rules.ViolationException;

/**
 * The raw parts of an authorization as a form, a file or a sync delivers them, valid or not.
 * Every part may be null.
 *
 * @param type the type of legal basis
 * @param consentDate the consent date
 * @param purpose the processing purpose
 * @param description the description
 */
public record AuthorizationParts(AuthorizationType type, LocalDate consentDate, String purpose,
        String description) {

    /**
     * Builds the authorization with the factory, which checks every rule but the clock rules.
     *
     * @return the authorization
     * @throws ViolationException listing every broken rule that needs no clock
     */
    public Authorization build() {
        return Authorization.of(type, consentDate, purpose, description);
    }

    /**
     * Builds the authorization through the entry point, which checks every rule with its clock.
     *
     * @param cards the entry point whose clock decides what "in the future" means
     * @return the authorization
     * @throws ViolationException listing every broken rule
     */
    public Authorization buildWith(ComplianceCards cards) {
        return cards.authorizationOf(type, consentDate, purpose, description);
    }
}
