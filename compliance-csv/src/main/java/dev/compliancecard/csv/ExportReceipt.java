package dev.compliancecard.csv;

import java.time.Instant;
import java.util.Objects;

/**
 * What one CSV export wrote: how many person rows, and the instant written in every row's
 * "Exported At" column (which is also the time of its audit records).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExportReceipt {

    private final long rows;
    private final Instant exportedAt;

    private ExportReceipt(long rows, Instant exportedAt) {
        this.rows = rows;
        this.exportedAt = exportedAt;
    }

    /**
     * Creates a receipt.
     *
     * @param rows how many person rows were written, not counting the header
     * @param exportedAt when the export was made
     * @return the receipt
     * @throws IllegalArgumentException if rows is negative
     * @throws NullPointerException if exportedAt is null
     */
    public static ExportReceipt of(long rows, Instant exportedAt) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, was " + rows);
        }
        return new ExportReceipt(rows, Objects.requireNonNull(exportedAt, "exportedAt"));
    }

    /** @return how many person rows were written, not counting the header */
    public long rows() {
        return rows;
    }

    /** @return when the export was made, as written in the "Exported At" column */
    public Instant exportedAt() {
        return exportedAt;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ExportReceipt)) {
            return false;
        }
        ExportReceipt that = (ExportReceipt) other;
        return rows == that.rows && exportedAt.equals(that.exportedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, exportedAt);
    }

    @Override
    public String toString() {
        return "ExportReceipt{rows=" + rows + ", exportedAt=" + exportedAt + "}";
    }
}
