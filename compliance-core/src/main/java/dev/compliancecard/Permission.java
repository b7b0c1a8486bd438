package dev.compliancecard;

/**
 * What an actor may do beyond ordinary card changes.
 */
public enum Permission {
    /** May subscribe again a person who opted out, given proof of consent. */
    ADMIN
}
