package dev.compliancecard.spi;

import java.util.Optional;

import dev.compliancecard.subscription.SuppressionEntry;

/**
 * Keyed hashes of the email addresses of erased persons who had opted out.
 */
public interface SuppressionRepository {

    /**
     * Adds an entry; adding a hash that is already held changes nothing.
     *
     * @param entry the entry
     */
    void add(SuppressionEntry entry);

    /**
     * Finds the entry of a hash.
     *
     * @param emailHash the keyed hash, lower-case hex
     * @return the entry, if held
     */
    Optional<SuppressionEntry> find(String emailHash);
}
