package dev.compliancecard;

import dev.compliancecard.person.PersonId;

/**
 * Thrown when a person is added under an id the store already holds. Ids are never reused.
 */
public class DuplicatePersonException extends ComplianceException {

    private static final long serialVersionUID = 1L;

    private final transient PersonId personId;

    /**
     * Creates the exception.
     *
     * @param personId the id that already exists
     */
    public DuplicatePersonException(PersonId personId) {
        super("A person with id '" + personId + "' already exists; person ids are never reused");
        this.personId = personId;
    }

    /**
     * Returns the id that already exists.
     *
     * @return the person id
     */
    public PersonId personId() {
        return personId;
    }

}
