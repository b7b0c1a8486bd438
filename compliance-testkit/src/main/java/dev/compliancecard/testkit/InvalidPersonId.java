package dev.compliancecard.testkit;

import java.util.Set;
import java.util.stream.Collectors;

import dev.compliancecard.rules.Rule;

/**
 * A text that is no person id, labelled with exactly the rules it breaks (all on the field
 * {@code personId}).
 *
 * @param text the text, possibly null
 * @param rules every broken rule, never empty
 */
public record InvalidPersonId(String text, Set<Rule> rules) {

    /**
     * Checks the parts.
     *
     * @param text the text, possibly null
     * @param rules the broken rules, not empty
     * @throws IllegalArgumentException if rules is empty
     */
    public InvalidPersonId {
        rules = Set.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("An invalid person id breaks at least one rule");
        }
    }

    /**
     * Returns the broken rules with their field, {@code personId}.
     *
     * @return the broken rules
     */
    public Set<BrokenRule> broken() {
        return rules.stream().map(rule -> BrokenRule.of("personId", rule))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns the text with its control characters escaped, and the rules.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String shown = text == null ? "null" : text.codePoints()
                .mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                        ? String.format("\\u%04X", c) : Character.toString(c))
                .collect(Collectors.joining("", "\"", "\""));
        return "InvalidPersonId{text=" + shown + ", rules=" + rules + "}";
    }

    static InvalidPersonId of(String text, Rule... rules) {
        return new InvalidPersonId(text, Set.of(rules));
    }
}
