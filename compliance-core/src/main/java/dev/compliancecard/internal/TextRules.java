package dev.compliancecard.internal;

/**
 * The text checks behind the text constraints, kept in one place so that every constraint
 * counts, trims and rejects characters the same way.
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
        return text.codePointCount(0, text.length()) > max;
    }

    /**
     * Tells whether a text is empty or holds only white space, the no-break spaces included.
     *
     * @param text the text, not null
     * @return true if no character of the text is visible
     */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> isSpace(c) || isInvisible(c));
    }

    /**
     * Tells whether a code point shows nothing on its own: a format character (Unicode category
     * Cf, such as a zero-width space or the byte order mark) or one of the filler letters and the
     * blank braille pattern, which fonts draw as empty space.
     */
    private static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164
                || codePoint == 0xFFA0 || codePoint == 0x2800;
    }

    /**
     * Tells whether a text begins or ends with white space, the no-break spaces included.
     *
     * @param text the text, not null
     * @return true if the first or the last character is white space
     */
    public static boolean isUntrimmed(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        int last = text.codePointBefore(text.length());
        return isSpace(first) || isSpace(last);
    }

    /**
     * Tells whether a text holds a control character (Unicode category Cc) or a Unicode line or
     * paragraph separator.
     *
     * @param text the text, not null
     * @param allowLineBreaks whether tab, line feed, carriage return and the Unicode line and
     *     paragraph separators are allowed
     * @return true if a disallowed character is present
     */
    public static boolean hasControlCharacters(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = isLineBreak(c);
            if ((Character.isISOControl(c) || lineBreak) && !(allowLineBreaks && lineBreak)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a text is not well-formed UTF-16: it holds a high surrogate not followed by
     * a low one, or a low surrogate not preceded by a high one. Such text cannot be stored or
     * sent as UTF-8.
     *
     * @param text the text, not null
     * @return true if an unpaired surrogate is present
     */
    public static boolean isMalformed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a code point is white space, the no-break spaces included.
     *
     * @param codePoint the code point
     * @return true for white space
     */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static boolean isLineBreak(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
