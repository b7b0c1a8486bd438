package dev.compliancecard.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;

/**
 * The ids of a bulk request that is empty, or holds null or an id twice; labelled with exactly
 * the rules it breaks, each at its position, such as {@code personIds[3] bulk.duplicate}.
 *
 * @param personIds the ids, possibly with nulls; unmodifiable
 * @param broken every broken rule, never empty
 */
public record InvalidBulkRequest(List<PersonId> personIds, Set<BrokenRule> broken) {

    /**
     * Checks the parts.
     *
     * @param personIds the ids, not null, nulls allowed
     * @param broken the broken rules, not empty
     * @throws IllegalArgumentException if broken is empty
     */
    public InvalidBulkRequest {
        personIds = Collections.unmodifiableList(new ArrayList<>(personIds));
        broken = Set.copyOf(broken);
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("An invalid bulk request breaks at least one rule");
        }
    }

    /**
     * Returns the broken rules, without their positions.
     *
     * @return the rules
     */
    public Set<Rule> rules() {
        return BrokenRule.rulesOf(broken);
    }

    /**
     * Returns how many ids are named and the broken rules; the ids themselves are not listed.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "InvalidBulkRequest{" + personIds.size() + " ids, broken=" + broken + "}";
    }
}
