package dev.compliancecard.testkit;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;

/**
 * One rule a generated sample breaks, on one field: what a {@link Violation} reports, without its
 * message. Compare the broken rules of a sample with {@link #of(ViolationException)} of the
 * refusal.
 *
 * @param field the field path, such as {@code authorization.purpose}
 * @param rule the rule
 */
public record BrokenRule(String field, Rule rule) {

    /**
     * Checks the parts.
     *
     * @param field the field path, not null
     * @param rule the rule, not null
     * @throws NullPointerException if field or rule is null
     */
    public BrokenRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Names a broken rule.
     *
     * @param field the field path
     * @param rule the rule
     * @return the broken rule
     */
    public static BrokenRule of(String field, Rule rule) {
        return new BrokenRule(field, rule);
    }

    /**
     * Returns the broken rules a refusal reports.
     *
     * @param refusal the exception
     * @return one entry per distinct field and rule
     */
    public static Set<BrokenRule> of(ViolationException refusal) {
        return refusal.violations().stream()
                .map(v -> new BrokenRule(v.field(), v.rule()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns the rules among some broken rules, without their fields.
     *
     * @param broken the broken rules
     * @return the rules
     */
    public static Set<Rule> rulesOf(Set<BrokenRule> broken) {
        return broken.stream().map(BrokenRule::rule).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns {@code field rule-code}, such as {@code authorization.purpose consent.only}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return field + " " + rule.code();
    }
}
