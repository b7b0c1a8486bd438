package dev.compliancecard.csv;

import dev.compliancecard.ComplianceException;

/**
 * Thrown when a CSV export cannot be written, such as when the writer fails. The message never
 * holds personal data; the cause is the underlying failure.
 */
public class CsvExportException extends ComplianceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and what was already written
     * @param cause the underlying failure
     */
    public CsvExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
