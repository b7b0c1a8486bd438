package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.OTHER_HASH;
import static dev.compliancecard.testkit.contract.ContractData.SUPPRESSED_HASH;
import static dev.compliancecard.testkit.contract.ContractData.CHANGED;
import static dev.compliancecard.testkit.contract.ContractData.CREATED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.compliancecard.subscription.SuppressionEntry;

/**
 * What every {@link dev.compliancecard.spi.SuppressionRepository} must do: keep one entry per
 * keyed hash, the first one added.
 */
public interface SuppressionRepositoryContract extends StoreContract {


    /** Added entry is found by its hash. */
    @Test
    default void addedEntryIsFoundByItsHash() {
        SuppressionEntry entry = SuppressionEntry.of(SUPPRESSED_HASH, CREATED);

        run(tx -> tx.suppressions().add(entry));

        assertThat(findSuppression(SUPPRESSED_HASH)).contains(entry);
    }

    /** Unknown hash is not found. */
    @Test
    default void unknownHashIsNotFound() {
        run(tx -> tx.suppressions().add(SuppressionEntry.of(SUPPRESSED_HASH, CREATED)));

        assertThat(findSuppression(OTHER_HASH)).isEmpty();
    }

    /** Adding a held hash again keeps the first entry. */
    @Test
    default void addingAHeldHashAgainKeepsTheFirstEntry() {
        // Given
        run(tx -> tx.suppressions().add(SuppressionEntry.of(SUPPRESSED_HASH, CREATED)));

        // When: once in a later transaction, twice within one
        run(tx -> tx.suppressions().add(SuppressionEntry.of(SUPPRESSED_HASH, CHANGED)));
        run(tx -> {
            tx.suppressions().add(SuppressionEntry.of(OTHER_HASH, CREATED));
            tx.suppressions().add(SuppressionEntry.of(OTHER_HASH, CHANGED));
        });

        // Then
        assertThat(findSuppression(SUPPRESSED_HASH)).contains(SuppressionEntry.of(SUPPRESSED_HASH, CREATED));
        assertThat(findSuppression(OTHER_HASH))
                .contains(SuppressionEntry.of(OTHER_HASH, CREATED));
    }
}
