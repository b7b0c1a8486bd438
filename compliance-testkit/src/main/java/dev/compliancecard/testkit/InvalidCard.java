package dev.compliancecard.testkit;

import java.util.Objects;
import java.util.Set;

import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;

/**
 * What a host might try to write on one person's card, an authorization and a source, of which
 * at least one breaks a rule; labelled with exactly the rules broken by both together.
 *
 * @param personId the person whose card is meant
 * @param authorization the authorization parts
 * @param source the source parts
 * @param broken every broken rule of both parts, never empty; fields begin with
 *     {@code authorization.} or {@code source.}
 */
public record InvalidCard(PersonId personId, AuthorizationParts authorization, SourceParts source,
        Set<BrokenRule> broken) {

    /**
     * Checks the parts.
     *
     * @param personId the person, not null
     * @param authorization the authorization parts, not null
     * @param source the source parts, not null
     * @param broken the broken rules, not empty
     * @throws IllegalArgumentException if broken is empty
     */
    public InvalidCard {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(source, "source");
        broken = Set.copyOf(broken);
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("An invalid card breaks at least one rule");
        }
    }

    /**
     * Returns the broken rules, without their fields.
     *
     * @return the rules
     */
    public Set<Rule> rules() {
        return BrokenRule.rulesOf(broken);
    }
}
