package dev.compliancecard.csv;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a contacts import: how many rows became persons, how many did not, and the
 * first of those with their lines and reasons. Blank lines are neither loaded nor rejected.
 *
 * <p>So that a file of many bad rows cannot fill the memory, the report keeps at most a set
 * number of rejected rows ({@link ContactCsvImport#withRejectedRowLimit(int)}, by default
 * {@value ContactCsvImport#DEFAULT_REJECTED_ROW_LIMIT}) but counts them all; an
 * {@link ImportListener} is told of every one as it happens.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ImportReport {

    private final long loaded;
    private final List<RejectedRow> rejected;
    private final long rejectedCount;

    private ImportReport(long loaded, List<RejectedRow> rejected, long rejectedCount) {
        this.loaded = loaded;
        this.rejected = rejected;
        this.rejectedCount = rejectedCount;
    }

    static ImportReport of(long loaded, List<RejectedRow> kept, long rejectedCount) {
        if (rejectedCount < kept.size()) {
            throw new IllegalArgumentException("Cannot count fewer rejected rows than are kept");
        }
        return new ImportReport(loaded, List.copyOf(kept), rejectedCount);
    }

    /** @return how many rows became persons, each added with source import */
    public long loaded() {
        return loaded;
    }

    /**
     * Returns the first rows that did not become persons, up to the import's limit; see
     * {@link #rejectedTruncated()}.
     *
     * @return the kept rejected rows, in file order, unmodifiable
     */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    /** @return how many rows did not become persons, kept in {@link #rejected()} or not */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** @return true if more rows were rejected than {@link #rejected()} keeps */
    public boolean rejectedTruncated() {
        return rejectedCount > rejected.size();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ImportReport)) {
            return false;
        }
        ImportReport that = (ImportReport) other;
        return loaded == that.loaded && rejectedCount == that.rejectedCount && rejected.equals(that.rejected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(loaded, rejected, rejectedCount);
    }

    @Override
    public String toString() {
        return "ImportReport{loaded=" + loaded + ", rejected=" + rejectedCount + ", kept=" + rejected.size() + "}";
    }
}
