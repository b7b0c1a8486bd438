package dev.compliancecard.csv;

import java.util.Objects;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

/**
 * One row of an imported contacts CSV, as handed to an {@link ImportListener}: any column by
 * its header name, including columns the mapping does not use.
 *
 * <p>Valid only during the listener call; not thread-safe. Its {@link #toString()} holds no
 * value of the row.
 */
public final class ContactRow {

    private final CSVRecord record;
    private final long line;

    ContactRow(CSVRecord record, long line) {
        this.record = record;
        this.line = line;
    }

    /**
     * Returns the line of the file on which the row starts, counting from 1 for the header.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * Returns a column's value with surrounding white space removed.
     *
     * @param column the header name of the column, exactly as in the file
     * @return the value, or empty if the cell is blank
     * @throws NullPointerException if column is null
     * @throws IllegalArgumentException if the header has no such column
     */
    public Optional<String> value(String column) {
        Objects.requireNonNull(column, "column");
        if (!record.isMapped(column)) {
            throw new IllegalArgumentException("The CSV header has no column '" + column + "'");
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return "ContactRow{line=" + line + "}";
    }
}
