package dev.compliancecard.audit;

/**
 * What an audit record reports.
 */
public enum AuditAction {
    /** A person and an empty (or sourced) card were added. */
    PERSON_ADDED,
    /** The legal basis of a card was set, alone or in bulk. */
    AUTHORIZATION_SET,
    /** The source of a card was set, alone or in bulk. */
    SOURCE_SET,
    /** A person's data was exported. */
    EXPORTED,
    /** A person opted out of email. */
    OPTED_OUT,
    /** A person was subscribed again. */
    OPTED_IN,
    /** A person was erased. */
    ERASED
}
