package dev.compliancecard.spi;

import java.util.Optional;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.PersonNotFoundException;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/**
 * Persons, keyed by id. Every value read back equals the value written, to the microsecond for
 * instants.
 */
public interface PersonRepository {

    /**
     * Adds a person.
     *
     * @param person the person
     * @throws DuplicatePersonException if a person with that id exists
     */
    void insert(Person person);

    /**
     * Replaces a person with the same id.
     *
     * @param person the new data
     * @throws PersonNotFoundException if no person has that id
     */
    void update(Person person);

    /**
     * Finds a person.
     *
     * @param id the id
     * @return the person, if held
     */
    Optional<Person> find(PersonId id);

    /**
     * Removes a person.
     *
     * @param id the id
     * @return true if a person was removed
     */
    boolean delete(PersonId id);

    /**
     * Counts the persons held, as this transaction sees them.
     *
     * @return the count, at least 0
     */
    long count();
}
