package dev.compliancecard.internal;

/**
 * The text checks shared by {@link BoundedTextValidator} and the value types that check
 * themselves without a validator.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Tells whether a text is longer than a bound, counted in code points.
     *
     * @param text the text, not null
     * @param max the bound
     * @return true if the text has more than max code points
     */
    public static boolean tooLong(String text, int max) {
        return text.length() > max && text.codePointCount(0, text.length()) > max;
    }

    /**
     * Tells whether a text holds a control character (Unicode category Cc).
     *
     * @param text the text, not null
     * @param allowLineBreaks whether tab, line feed and carriage return are allowed
     * @return true if a disallowed control character is present
     */
    public static boolean hasControlCharacters(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(allowLineBreaks && isLineBreak(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}
