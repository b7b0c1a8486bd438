package dev.compliancecard.csv;

import dev.compliancecard.person.Person;

/**
 * Told of every row that became a person, right after the person was added, for hosts that
 * need more of the row than the mapping takes (such as a newsletter flag).
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
}
