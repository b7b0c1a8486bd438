package dev.compliancecard.csv;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a contacts import: how many rows became persons, and every row that did not,
 * with its line and reasons. Blank lines are neither loaded nor rejected.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ImportReport {

    private final long loaded;
    private final List<RejectedRow> rejected;

    private ImportReport(long loaded, List<RejectedRow> rejected) {
        this.loaded = loaded;
        this.rejected = rejected;
    }

    static ImportReport of(long loaded, List<RejectedRow> rejected) {
        return new ImportReport(loaded, List.copyOf(rejected));
    }

    /** @return how many rows became persons, each added with source import */
    public long loaded() {
        return loaded;
    }

    /** @return the rows that did not become persons, in file order, unmodifiable */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ImportReport)) {
            return false;
        }
        ImportReport that = (ImportReport) other;
        return loaded == that.loaded && rejected.equals(that.rejected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(loaded, rejected);
    }

    @Override
    public String toString() {
        return "ImportReport{loaded=" + loaded + ", rejected=" + rejected.size() + "}";
    }
}
