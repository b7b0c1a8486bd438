package dev.compliancecard.rules;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule: which field, which rule, a message in English and, only where the field
 * holds no personal data, the rejected value.
 *
 * <p>The message is built once and never holds a personal value. Where a rejected value is
 * shown, it is cut to {@value #SHOWN_LENGTH} code points and every control character, line or
 * paragraph separator, unpaired surrogate and invisible format character (Unicode category Cf,
 * such as the bidirectional controls that reorder what a reader sees) in it is written as a
 * backslash, {@code u} and four hex digits, so that a message cannot break, hide or forge log
 * lines.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation implements Serializable {

    /** The most code points of a rejected value that a message shows. */
    public static final int SHOWN_LENGTH = 80;

    private static final long serialVersionUID = 1L;

    /** The path of the broken field. */
    private final String field;
    /** The broken rule. */
    private final Rule rule;
    /** The English message, with the shown value escaped and cut. */
    private final String message;
    /** The rejected value in full, or null when it may not be shown. */
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
     * @param rejectedValue the rejected value, kept as {@link String#valueOf(Object) text};
     *     null when there was none
     * @param max the bound, for rules whose sentence names one; otherwise ignored
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
     * @param max the bound, for rules whose sentence names one; otherwise ignored
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
                + (shown == null ? "" : "; rejected value: \"" + printable(shown) + "\"");
        return new Violation(field, rule, message, shown);
    }

    private static String printable(String value) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (count == SHOWN_LENGTH) {
                return text.append("...").toString();
            }
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (Character.isISOControl(codePoint) || type == Character.SURROGATE || type == Character.FORMAT
                    || codePoint == '\u2028' || codePoint == '\u2029') {
                text.append(String.format("\\u%04X", codePoint));
            } else {
                text.appendCodePoint(codePoint);
            }
            count++;
        }
        return text.toString();
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
     * rejected value, such as {@code authorization.purpose is required and must not be blank when
     * the type is CONSENT [consent.purpose.required]}.
     *
     * @return the message, never null
     */
    public String message() {
        return message;
    }

    /**
     * Returns the rejected value as text, in full and unescaped; empty for personal-data fields
     * and for missing values.
     *
     * @return the rejected value, if it may be shown
     */
    public Optional<String> rejectedValue() {
        return Optional.ofNullable(rejectedValue);
    }

    /**
     * Two violations are equal when field, rule, message and rejected value are equal.
     *
     * @param other any object, possibly null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Violation)) {
            return false;
        }
        Violation that = (Violation) other;
        return field.equals(that.field) && rule == that.rule && message.equals(that.message)
                && Objects.equals(rejectedValue, that.rejectedValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, rule, message, rejectedValue);
    }

    /**
     * Returns the {@link #message()}.
     *
     * @return the message
     */
    @Override
    public String toString() {
        return message;
    }
}
