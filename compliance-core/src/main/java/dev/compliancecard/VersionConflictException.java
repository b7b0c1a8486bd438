package dev.compliancecard;

import dev.compliancecard.person.PersonId;

/**
 * Thrown when a change was based on a version of a card that is no longer the current one:
 * another writer changed it first. Nothing was changed. The message says what to do: a change
 * conditional on a version the caller read is to be made again on the card read anew; a change
 * without one has already been tried several times, or ran in a transaction its caller opened
 * and is to be run again with that transaction.
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
        this(personId, expectedVersion, actualVersion, "another writer changed the card after it was read",
                null);
    }

    /** Creates the exception with advice of its own, and the conflict it reports again as cause. */
    VersionConflictException(PersonId personId, long expectedVersion, long actualVersion, String advice,
            VersionConflictException cause) {
        super("The card of person '" + personId + "' is at version " + actualVersion
                + ", but the change was based on version " + expectedVersion
                + "; nothing was changed: " + advice, cause);
        this.personId = personId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** Reports a conflict again, with advice that suits how the change was run. */
    static VersionConflictException advising(VersionConflictException conflict, String advice) {
        return new VersionConflictException(conflict.personId, conflict.expectedVersion, conflict.actualVersion,
                advice, conflict);
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
