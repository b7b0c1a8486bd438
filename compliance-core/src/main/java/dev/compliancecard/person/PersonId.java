package dev.compliancecard.person;

import dev.compliancecard.internal.Rules;
import dev.compliancecard.rules.Identifier;
import dev.compliancecard.rules.Required;
import dev.compliancecard.rules.ViolationException;

/**
 * The host's stable identifier of a person, never reused. It is 1 to {@value #MAX_LENGTH}
 * code points of well-formed text without control characters and without white space at either
 * end. Ids are not personal data: they appear in messages, since operators need them.
 *
 * <p>Instances are immutable and thread-safe; equal when their values are equal; ordered by
 * their values.
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
     * @throws ViolationException naming the field {@code personId} and every broken rule: the
     *     value is null or blank, longer than {@value #MAX_LENGTH} code points, holds control
     *     characters, is not well-formed or has white space at either end
     */
    public static PersonId of(String value) {
        Rules.requireValidValue(PersonId.class, "value", value, "personId", "Person id");
        return new PersonId(value);
    }

    /**
     * Returns the id as text.
     *
     * @return the id, never null
     */
    @Required
    @Identifier(max = MAX_LENGTH)
    public String value() {
        return value;
    }

    /**
     * Orders ids by their text, as {@link String#compareTo(String)} does.
     *
     * @param other another id, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    /**
     * Two ids are equal when their texts are equal.
     *
     * @param other any object, possibly null
     * @return true if equal
     */
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
