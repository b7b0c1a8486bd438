package dev.compliancecard.subscription;

/**
 * Whether a person may be emailed, as recorded by one subscription event.
 */
public enum SubscriptionStatus {
    /** The person opted out of email. */
    OPTED_OUT,
    /** The person was subscribed (again). */
    OPTED_IN
}
