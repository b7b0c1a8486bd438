package dev.compliancecard.testkit;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.compliancecard.rules.Rule;

/**
 * Authorization parts that break at least one rule, labelled with exactly the rules they break.
 *
 * @param parts the raw parts
 * @param broken every broken rule, never empty; {@link Rule#DATE_IN_FUTURE} among them is found
 *     only with the library's clock
 */
public record InvalidAuthorization(AuthorizationParts parts, Set<BrokenRule> broken) {

    /**
     * Checks the parts.
     *
     * @param parts the raw parts, not null
     * @param broken the broken rules, not empty
     * @throws IllegalArgumentException if broken is empty
     */
    public InvalidAuthorization {
        Objects.requireNonNull(parts, "parts");
        broken = Set.copyOf(broken);
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("An invalid authorization breaks at least one rule");
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

    /**
     * Returns the broken rules that need no clock: what
     * {@link dev.compliancecard.card.Authorization#of} reports, which cannot know the library's
     * clock.
     *
     * @return the broken rules without {@link Rule#DATE_IN_FUTURE}, possibly empty
     */
    public Set<BrokenRule> brokenWithoutClock() {
        return broken.stream().filter(b -> b.rule() != Rule.DATE_IN_FUTURE).collect(Collectors.toUnmodifiableSet());
    }
}
