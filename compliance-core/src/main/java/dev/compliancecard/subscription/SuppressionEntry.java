package dev.compliancecard.subscription;

import java.time.Instant;

import org.immutables.value.Value;

import dev.compliancecard.internal.ValueStyle;

/**
 * What the library keeps of an erased person who had opted out: a keyed hash of the normalised
 * email address, which names nobody, and since when it is suppressed.
 *
 * <p>Instances are immutable and thread-safe.
 */
// Immutables' annotations are compile-time only; hosts need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
public abstract class SuppressionEntry {

    SuppressionEntry() {
    }

    /**
     * Returns the keyed hash of the normalised email address; it names nobody without the key.
     *
     * @return the hash as lower-case hex, never null
     */
    public abstract String emailHash();

    /**
     * Returns since when the address is suppressed.
     *
     * @return the instant, never null
     */
    public abstract Instant since();

    /**
     * Creates an entry.
     *
     * @param emailHash the keyed hash, as lower-case hex
     * @param since since when
     * @return the entry
     * @throws NullPointerException if an argument is null
     */
    public static SuppressionEntry of(String emailHash, Instant since) {
        return new ImmutableSuppressionEntry.Builder().emailHash(emailHash).since(since).build();
    }
}
