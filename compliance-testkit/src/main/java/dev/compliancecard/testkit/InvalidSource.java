package dev.compliancecard.testkit;

import java.util.Objects;
import java.util.Set;

import dev.compliancecard.rules.Rule;

/**
 * Source parts that break at least one rule, labelled with exactly the rules they break.
 *
 * @param parts the raw parts
 * @param broken every broken rule, never empty
 */
public record InvalidSource(SourceParts parts, Set<BrokenRule> broken) {

    /**
     * Checks the parts.
     *
     * @param parts the raw parts, not null
     * @param broken the broken rules, not empty
     * @throws IllegalArgumentException if broken is empty
     */
    public InvalidSource {
        Objects.requireNonNull(parts, "parts");
        broken = Set.copyOf(broken);
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("An invalid source breaks at least one rule");
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
