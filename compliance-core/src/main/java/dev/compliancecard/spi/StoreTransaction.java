package dev.compliancecard.spi;

/**
 * The repositories of one open transaction. Valid only during {@link StoreWork#run}; not
 * thread-safe.
 */
public interface StoreTransaction {

    /**
     * Returns the persons of this transaction.
     *
     * @return the person repository, never null
     */
    PersonRepository persons();

    /**
     * Returns the compliance cards of this transaction.
     *
     * @return the card repository, never null
     */
    CardRepository cards();

    /**
     * Returns the audit trail of this transaction.
     *
     * @return the audit repository, never null
     */
    AuditRepository audit();

    /**
     * Returns the opt-out and opt-in history of this transaction.
     *
     * @return the subscription repository, never null
     */
    SubscriptionRepository subscriptions();

    /**
     * Returns the suppression list of erased, opted-out addresses of this transaction.
     *
     * @return the suppression repository, never null
     */
    SuppressionRepository suppressions();
}
