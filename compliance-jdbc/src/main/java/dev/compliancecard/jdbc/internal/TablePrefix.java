package dev.compliancecard.jdbc.internal;

import java.util.regex.Pattern;

/**
 * The checked prefix of every table and index name of one store. Only a prefix that passes
 * {@link #of(String)} ever reaches SQL text, so no caller-supplied text is concatenated into a
 * statement unchecked.
 */
public final class TablePrefix {

    /** The longest prefix: PostgreSQL cuts names at 63 bytes, and the longest name adds 29. */
    public static final int MAX_LENGTH = 30;

    /** The prefix used when the host sets none. */
    public static final String DEFAULT = "cc_";

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{0," + (MAX_LENGTH - 1) + "}");

    private final String value;

    private TablePrefix(String value) {
        this.value = value;
    }

    /**
     * Checks a table prefix.
     *
     * @param value the prefix
     * @return the prefix
     * @throws IllegalArgumentException if the value is null or is not a lower-case letter followed by
     *     at most {@value #MAX_LENGTH} - 1 lower-case letters, digits or underscores; the message
     *     shows the value (a prefix is never personal data)
     */
    public static TablePrefix of(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("tablePrefix " + (value == null ? "null" : "'" + value + "'")
                    + " is not valid: it must be a lower-case letter followed by at most " + (MAX_LENGTH - 1)
                    + " lower-case letters, digits or underscores (pattern " + SHAPE.pattern()
                    + "), such as '" + DEFAULT + "'");
        }
        return new TablePrefix(value);
    }

    /**
     * Returns the full name of a table or index.
     *
     * @param name the name without prefix, one of the library's own
     * @return the prefixed name
     */
    public String name(String name) {
        return value + name;
    }

    /**
     * Returns the prefix.
     *
     * @return the prefix text
     */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
