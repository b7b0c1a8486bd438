package dev.compliancecard.csv;

import dev.compliancecard.ComplianceException;

/**
 * Thrown when a contacts CSV cannot be imported as a whole: it has no header, its header lacks
 * a column the mapping names or names a column twice, or it cannot be read. Rows that merely
 * cannot become persons are not reported this way but in the {@link ImportReport}. The message
 * never holds personal data: it names only the mapping's columns, counts and line numbers.
 */
public class CsvImportException extends ComplianceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and how to fix it
     */
    public CsvImportException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what failed and how far the import got
     * @param cause the underlying failure
     */
    public CsvImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
