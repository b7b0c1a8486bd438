package dev.compliancecard.spi;

/**
 * The repositories of one open transaction. Valid only during {@link StoreWork#run}; not
 * thread-safe.
 */
public interface StoreTransaction {

    /** @return the persons */
    PersonRepository persons();

    /** @return the compliance cards */
    CardRepository cards();

    /** @return the audit trail */
    AuditRepository audit();

    /** @return the opt-out and opt-in history */
    SubscriptionRepository subscriptions();

    /** @return the suppression list of erased, opted-out addresses */
    SuppressionRepository suppressions();
}
