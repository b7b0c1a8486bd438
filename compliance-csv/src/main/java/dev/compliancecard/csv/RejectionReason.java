package dev.compliancecard.csv;

import java.util.Objects;

import dev.compliancecard.rules.Violation;

/**
 * One reason a row was rejected: the field, the code of the broken rule and an English
 * message. A reason never holds a value of the row, only the field and the rule.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RejectionReason {

    /** The field of reasons that concern the whole row rather than one value. */
    public static final String ROW = "row";

    private static final String VALUE_MARK = "; rejected value: ";

    private final String field;
    private final String code;
    private final String message;

    private RejectionReason(String field, String code, String message) {
        this.field = field;
        this.code = code;
        this.message = message;
    }

    static RejectionReason of(String field, ImportRule rule) {
        String message = field + " " + rule.sentence() + " [" + rule.code() + "]";
        return new RejectionReason(field, rule.code(), message);
    }

    static RejectionReason of(Violation violation) {
        String message = violation.message();
        int value = message.indexOf(VALUE_MARK);
        if (violation.rejectedValue().isPresent() && value >= 0) {
            message = message.substring(0, value);
        }
        return new RejectionReason(violation.field(), violation.rule().code(), message);
    }

    /**
     * Returns the field the reason concerns, such as {@code person.email} or {@code personId},
     * or {@value #ROW} for the whole row.
     *
     * @return the field, never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the stable code of the broken rule: the code of a core
     * {@link dev.compliancecard.rules.Rule} (such as {@code email.format}) or of an
     * {@link ImportRule} (such as {@code csv.column-count}).
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the English message: field, rule and code, never a value of the row.
     *
     * @return the message, never null
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RejectionReason)) {
            return false;
        }
        RejectionReason that = (RejectionReason) other;
        return field.equals(that.field) && code.equals(that.code) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, code, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
