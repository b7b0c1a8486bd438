package dev.compliancecard;

import dev.compliancecard.person.PersonId;

/**
 * Thrown when a change was based on a version of a card that is no longer the current one:
 * another writer changed it first. Nothing was changed; read the card again and retry.
 */
public class VersionConflictException extends ComplianceException {

    private static final long serialVersionUID = 1L;

    private final transient PersonId personId;
    /** The version the change was based on. */
    private final long expectedVersion;
    /** The version the store held when the change was tried; 0 if the card was gone. */
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param personId the person whose card changed
     * @param expectedVersion the version the change was based on
     * @param actualVersion the version the store holds
     */
    public VersionConflictException(PersonId personId, long expectedVersion, long actualVersion) {
        super("The card of person '" + personId + "' is at version " + actualVersion
                + ", but the change was based on version " + expectedVersion
                + "; nothing was changed: read the card again and retry");
        this.personId = personId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * Returns the person whose card changed.
     *
     * @return the person id
     */
    public PersonId personId() {
        return personId;
    }

    /**
     * Returns the version the change was based on.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * Returns the version the store holds; 0 if the card is gone.
     *
     * @return the actual version
     */
    public long actualVersion() {
        return actualVersion;
    }

}
