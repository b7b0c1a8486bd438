package dev.compliancecard;

import dev.compliancecard.person.PersonId;

/**
 * Thrown when an action names a single person the store does not hold.
 */
public class PersonNotFoundException extends ComplianceException {

    private static final long serialVersionUID = 1L;

    private final transient PersonId personId;

    /**
     * Creates the exception.
     *
     * @param personId the id that was not found
     */
    public PersonNotFoundException(PersonId personId) {
        super("No person with id '" + personId + "' exists");
        this.personId = personId;
    }

    /**
     * Returns the id that was not found.
     *
     * @return the person id
     */
    public PersonId personId() {
        return personId;
    }

}
