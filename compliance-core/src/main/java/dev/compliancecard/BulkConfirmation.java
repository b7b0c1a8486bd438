package dev.compliancecard;

import java.util.List;
import java.util.Objects;

import dev.compliancecard.person.PersonId;

/**
 * The answer to a bulk action: how many persons were named, how many cards changed, how many
 * already held the requested value, and which ids were not found. A bulk action applies to all
 * found persons or to none, so a confirmation always describes a complete action.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BulkConfirmation {

    private final int requested;
    private final int changed;
    private final int unchanged;
    private final List<PersonId> notFound;

    private BulkConfirmation(int requested, int changed, int unchanged, List<PersonId> notFound) {
        this.requested = requested;
        this.changed = changed;
        this.unchanged = unchanged;
        this.notFound = notFound;
    }

    /**
     * Creates a confirmation.
     *
     * @param requested how many ids the request named
     * @param changed how many cards changed
     * @param unchanged how many cards already held the value
     * @param notFound the ids without a card, sorted
     * @return the confirmation
     * @throws IllegalArgumentException if a count is negative or the counts do not add up to
     *     requested
     * @throws NullPointerException if notFound or one of its ids is null
     */
    public static BulkConfirmation of(int requested, int changed, int unchanged, List<PersonId> notFound) {
        Objects.requireNonNull(notFound, "notFound");
        if (changed < 0 || unchanged < 0) {
            throw new IllegalArgumentException("changed (" + changed + ") and unchanged (" + unchanged
                    + ") must not be negative");
        }
        if (changed + unchanged + notFound.size() != requested) {
            throw new IllegalArgumentException("changed (" + changed + ") + unchanged (" + unchanged
                    + ") + not found (" + notFound.size() + ") must equal requested (" + requested + ")");
        }
        return new BulkConfirmation(requested, changed, unchanged, List.copyOf(notFound));
    }

    /**
     * Returns how many person ids the request named, found or not.
     *
     * @return the number of ids, at least 1 for a request that ran
     */
    public int requested() {
        return requested;
    }

    /**
     * Returns how many cards changed, each with one audit record.
     *
     * @return the number of changed cards
     */
    public int changed() {
        return changed;
    }

    /**
     * Returns how many cards already held the requested value and were left as they were, without a new
     * version or audit record.
     *
     * @return the number of unchanged cards
     */
    public int unchanged() {
        return unchanged;
    }

    /**
     * Returns the named ids that have no card in the store.
     *
     * @return the ids, sorted, unmodifiable, possibly empty
     */
    public List<PersonId> notFound() {
        return notFound;
    }

    /**
     * Returns the counts, such as {@code BulkConfirmation{requested=3, changed=2, unchanged=0,
     * notFound=1}}; the ids not found are counted, not listed.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "BulkConfirmation{requested=" + requested + ", changed=" + changed + ", unchanged="
                + unchanged + ", notFound=" + notFound.size() + "}";
    }
}
