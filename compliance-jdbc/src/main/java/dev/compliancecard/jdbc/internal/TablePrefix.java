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
            throw new IllegalArgumentException("tablePrefix " + (value == null ? "null" : "'" + shown(value) + "'")
                    + " is not valid: it must be a lower-case letter followed by at most " + (MAX_LENGTH - 1)
                    + " lower-case letters, digits or underscores (pattern " + SHAPE.pattern()
                    + "), such as '" + DEFAULT + "'");
        }
        return new TablePrefix(value);
    }

    /**
     * Shows a refused prefix on one line: control and format characters, line separators and
     * surrogates are escaped as a backslash, {@code u} and four hex digits (line feed as
     * {@code \\n}), so that a message cannot forge a log line or turn the text around; at most
     * 64 characters are shown.
     */
    private static String shown(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length() && i < 64; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                text.append("\\n");
            } else if (invisible(c)) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return value.length() > 64 ? text + "..." : text.toString();
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || Character.isSurrogate(c) || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
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
