package dev.compliancecard.card;

/**
 * Where a person's data first came from.
 */
public enum SourceType {
    /** Synchronised from a CRM such as Salesforce. */
    CRM_SYNC,
    /** Imported from a file. */
    IMPORT,
    /** Entered or uploaded by hand. */
    MANUAL_UPLOAD,
    /** Captured by a browser extension. */
    BROWSER_EXTENSION,
    /** Anything else, described in text. */
    OTHER
}
