package dev.compliancecard.csv;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A row of an imported CSV that did not become a person: its line number and every reason.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RejectedRow {

    private final long line;
    private final List<RejectionReason> reasons;

    private RejectedRow(long line, List<RejectionReason> reasons) {
        this.line = line;
        this.reasons = reasons;
    }

    static RejectedRow of(long line, List<RejectionReason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A rejected row needs at least one reason");
        }
        return new RejectedRow(line, List.copyOf(reasons));
    }

    /**
     * Returns the line of the file on which the row starts, counting from 1 (the header is
     * line 1; a row whose quoted value spans lines counts all of them).
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * Returns every reason the row was rejected, in the order found.
     *
     * @return the reasons, never empty, unmodifiable
     */
    public List<RejectionReason> reasons() {
        return reasons;
    }

    /**
     * Returns the codes of every broken rule, in the order found.
     *
     * @return the codes, never empty
     */
    public List<String> codes() {
        return reasons.stream().map(RejectionReason::code).toList();
    }

    /**
     * Returns the reasons as one English sentence, such as
     * {@code person.email must have the form local@domain, without spaces [email.format]}.
     *
     * @return the reasons joined by {@code "; "}
     */
    public String reason() {
        return reasons.stream().map(RejectionReason::message).collect(Collectors.joining("; "));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RejectedRow)) {
            return false;
        }
        RejectedRow that = (RejectedRow) other;
        return line == that.line && reasons.equals(that.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, reasons);
    }

    /** @return {@code line N: } and the {@link #reason()} */
    @Override
    public String toString() {
        return "line " + line + ": " + reason();
    }
}
