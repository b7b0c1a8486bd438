package dev.compliancecard.csv;

/**
 * Keeps cell text from running as a formula when a CSV file is opened in a spreadsheet
 * ("CSV injection").
 *
 * <p>A cell is <em>formula-like</em> when its first character is a tab or a carriage return,
 * or when its first character that is not white space is one of {@code = + - @} or their
 * full-width forms {@code ＝ ＋ － ＠}. White space here is every character that
 * {@link Character#isWhitespace(int)} or {@link Character#isSpaceChar(int)} accepts, and
 * invisible format characters (Unicode category Cf, such as a zero-width space or a
 * byte-order mark), since spreadsheets may skip them before deciding. A formula-like cell is
 * neutralised by putting a single quote ({@value #PREFIX}) in front of it; spreadsheets show
 * such a cell as text. Other cells are left exactly as they are.
 *
 * <p>The price is that values such as a phone number {@code +33 1 23 45 67 89} come out as
 * {@code '+33 1 23 45 67 89}; a program that reads the file back and wants the original removes
 * one leading quote from cells for which {@link #isFormulaLike(String)} holds after removal.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormulaGuard {

    /** The character put in front of a formula-like cell. */
    public static final char PREFIX = '\'';

    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaGuard() {
    }

    /**
     * Tells whether a spreadsheet could run a cell as a formula.
     *
     * @param cell the cell text; null is treated as an empty cell
     * @return true if the cell is formula-like, as defined above
     */
    public static boolean isFormulaLike(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int index = 0;
        while (index < cell.length() && isSkipped(cell.codePointAt(index))) {
            index += Character.charCount(cell.codePointAt(index));
        }
        return index < cell.length() && TRIGGERS.indexOf(cell.charAt(index)) >= 0;
    }

    /**
     * Returns a cell that no spreadsheet runs as a formula: a formula-like cell with
     * {@value #PREFIX} in front, any other cell unchanged.
     *
     * @param cell the cell text; null is returned as null
     * @return the safe cell text
     */
    public static String neutralize(String cell) {
        return isFormulaLike(cell) ? PREFIX + cell : cell;
    }

    private static boolean isSkipped(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }
}
