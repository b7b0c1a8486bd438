package dev.compliancecard.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule: which field, which rule, a message in English and, only where the field
 * holds no personal data, the rejected value.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation {

    private final String field;
    private final Rule rule;
    private final String message;
    private final String rejectedValue;

    private Violation(String field, Rule rule, String message, String rejectedValue) {
        this.field = field;
        this.rule = rule;
        this.message = message;
        this.rejectedValue = rejectedValue;
    }

    /**
     * Creates a violation whose value may be shown, because it is not personal data.
     *
     * @param field the path of the field, such as {@code authorization.purpose}
     * @param rule the broken rule
     * @param rejectedValue the rejected value; null when there was none
     * @param max the bound for rules that have one, or 0
     * @return the violation
     * @throws NullPointerException if field or rule is null
     */
    public static Violation of(String field, Rule rule, Object rejectedValue, long max) {
        String shown = rejectedValue == null ? null : String.valueOf(rejectedValue);
        return create(field, rule, shown, max);
    }

    /**
     * Creates a violation of a personal-data field: the value is never kept.
     *
     * @param field the path of the field, such as {@code person.email}
     * @param rule the broken rule
     * @param max the bound for rules that have one, or 0
     * @return the violation
     * @throws NullPointerException if field or rule is null
     */
    public static Violation ofPersonal(String field, Rule rule, long max) {
        return create(field, rule, null, max);
    }

    private static Violation create(String field, Rule rule, String shown, long max) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        String sentence = rule.sentence().replace("{max}", Long.toString(max));
        String message = field + " " + sentence + " [" + rule.code() + "]"
                + (shown == null ? "" : "; rejected value: \"" + abbreviate(shown) + "\"");
        return new Violation(field, rule, message, shown);
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    /**
     * Returns the path of the broken field, such as {@code authorization.consentDate}.
     *
     * @return the field path, never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the broken rule.
     *
     * @return the rule, never null
     */
    public Rule rule() {
        return rule;
    }

    /**
     * Returns the English message: field, rule sentence, rule code and, where allowed, the
     * rejected value.
     *
     * @return the message, never null
     */
    public String message() {
        return message;
    }

    /**
     * Returns the rejected value as text, empty for personal-data fields and for missing values.
     *
     * @return the rejected value, if it may be shown
     */
    public Optional<String> rejectedValue() {
        return Optional.ofNullable(rejectedValue);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Violation)) {
            return false;
        }
        Violation that = (Violation) other;
        return field.equals(that.field) && rule == that.rule && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, rule, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
