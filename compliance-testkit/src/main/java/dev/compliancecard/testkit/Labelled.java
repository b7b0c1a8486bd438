package dev.compliancecard.testkit;

import java.util.Objects;
import java.util.Set;

import dev.compliancecard.rules.Rule;

/**
 * A generated value, valid or not, with exactly the rules it breaks: none for a valid one.
 *
 * @param <T> the kind of value, such as {@link AuthorizationParts}
 * @param value the value
 * @param broken the broken rules, empty when the value is valid
 */
public record Labelled<T>(T value, Set<BrokenRule> broken) {

    /**
     * Checks the parts.
     *
     * @param value the value, not null
     * @param broken the broken rules, not null, possibly empty
     */
    public Labelled {
        Objects.requireNonNull(value, "value");
        broken = Set.copyOf(broken);
    }

    /**
     * Tells whether the value breaks a rule.
     *
     * @return true if broken is not empty
     */
    public boolean isInvalid() {
        return !broken.isEmpty();
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
