package dev.compliancecard.csv.archfixture;

import dev.compliancecard.internal.TextRules;

/** Bad: a CSV class that uses core's internal package. */
public final class CsvClassUsingCoreInternals {

    /**
     * Uses an internal class of core.
     *
     * @param cell a cell
     * @return whether the cell is too long
     */
    public boolean tooLong(String cell) {
        return TextRules.tooLong(cell, 10);
    }
}
