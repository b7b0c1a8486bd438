package dev.compliancecard.person;

import java.util.List;

import dev.compliancecard.internal.TextRules;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;

/**
 * The host's stable identifier of a person, never reused. It is 1 to {@value #MAX_LENGTH}
 * code points of text without control characters and without leading or trailing white space.
 *
 * <p>Instances are immutable and thread-safe; equal when their values are equal.
 */
public final class PersonId implements Comparable<PersonId> {

    /** The largest length of an id, in code points. */
    public static final int MAX_LENGTH = 128;

    private final String value;

    private PersonId(String value) {
        this.value = value;
    }

    /**
     * Reads a person id.
     *
     * @param value the id as the host stores it
     * @return the id
     * @throws ViolationException if the value is null, blank, longer than {@value #MAX_LENGTH}
     *     code points, holds control characters or has white space at either end
     */
    public static PersonId of(String value) {
        if (value == null || value.isBlank()) {
            throw reject(Violation.of("personId", Rule.REQUIRED, value, 0));
        }
        if (TextRules.tooLong(value, MAX_LENGTH)) {
            throw reject(Violation.of("personId", Rule.TEXT_TOO_LONG, value, MAX_LENGTH));
        }
        if (TextRules.hasControlCharacters(value, false)) {
            throw reject(Violation.of("personId", Rule.TEXT_CONTROL_CHARACTERS, value, 0));
        }
        if (!value.strip().equals(value)) {
            throw reject(Violation.of("personId", Rule.TEXT_UNTRIMMED, value, 0));
        }
        return new PersonId(value);
    }

    private static ViolationException reject(Violation violation) {
        return new ViolationException("Person id", List.of(violation));
    }

    /**
     * Returns the id as text.
     *
     * @return the id, never null
     */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonId && value.equals(((PersonId) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the id itself: ids are what operators need to find a record, and are not masked.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return value;
    }
}
