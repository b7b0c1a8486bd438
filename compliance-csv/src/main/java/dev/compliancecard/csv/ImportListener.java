package dev.compliancecard.csv;

import dev.compliancecard.person.Person;

/**
 * Told of every row that became a person, right after the person was added, for hosts that
 * need more of the row than the mapping takes (such as a newsletter flag); and, if the host
 * overrides {@link #rejected(RejectedRow)}, of every row that did not, as it is found. The
 * {@link ImportReport} keeps only the first rejected rows; a listener sees them all.
 *
 * <p>A listener runs on the importing thread. What it throws ends the import and reaches the
 * caller of {@link ContactCsvImport#read}; the person it was told of stays added.
 */
@FunctionalInterface
public interface ImportListener {

    /**
     * Called once for each loaded row, in file order.
     *
     * @param person the person as added, with source import
     * @param row the row it came from; valid only during this call
     */
    void loaded(Person person, ContactRow row);

    /**
     * Called once for each rejected row, in file order, whether or not the report keeps it.
     * Does nothing unless overridden.
     *
     * @param row the line and reasons, never null; it holds no value of the row
     */
    default void rejected(RejectedRow row) {
        // told of nothing unless the host asks
    }
}
