package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.id;
import static dev.compliancecard.testkit.contract.ContractData.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.person.PersonId;

/**
 * What every {@link dev.compliancecard.spi.AuditRepository} must do: keep every record and list
 * a person's records in the order they were appended, even when they share an instant.
 */
public interface AuditRepositoryContract extends StoreContract {

    /** Records come back with every value in the order they were appended. */
    @Test
    default void recordsComeBackWithEveryValueInTheOrderTheyWereAppended() {
        // Given: records of two persons, interleaved, all at the same instant
        PersonId ann = id("p-1");
        PersonId bob = id("p-2");
        List<AuditRecord> annRecords = List.of(
                record(ann, AuditAction.PERSON_ADDED, null, "IMPORT"),
                record(ann, AuditAction.AUTHORIZATION_SET, null, "LEGITIMATE_INTEREST"),
                record(ann, AuditAction.AUTHORIZATION_SET, "LEGITIMATE_INTEREST",
                        "CONSENT;consentDate=2024-08-13;purpose=Newsletter"),
                record(ann, AuditAction.SOURCE_SET, "IMPORT", "OTHER;description=Fair"));

        // When
        run(tx -> {
            tx.audit().append(List.of(annRecords.get(0), record(bob, AuditAction.PERSON_ADDED, null, null)));
            tx.audit().append(List.of(annRecords.get(1), annRecords.get(2)));
        });
        run(tx -> tx.audit().append(List.of(record(bob, AuditAction.EXPORTED, null, null), annRecords.get(3))));

        // Then
        assertThat(auditTrail(ann)).containsExactlyElementsOf(annRecords);
        assertThat(auditTrail(bob)).extracting(AuditRecord::action)
                .containsExactly(AuditAction.PERSON_ADDED, AuditAction.EXPORTED);
    }

    /** Record without values comes back without values. */
    @Test
    default void recordWithoutValuesComesBackWithoutValues() {
        AuditRecord exported = record(id("p-1"), AuditAction.EXPORTED, null, null);

        run(tx -> tx.audit().append(List.of(exported)));

        AuditRecord read = auditTrail(id("p-1")).get(0);
        assertThat(read).isEqualTo(exported);
        assertThat(read.before()).isEmpty();
        assertThat(read.after()).isEmpty();
    }

    /** Thousands of records appended at once keep their order. */
    @Test
    default void thousandsOfRecordsAppendedAtOnceKeepTheirOrder() {
        // Given
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            records.add(record(id("p-1"), AuditAction.SOURCE_SET, "step " + i, "step " + (i + 1)));
        }

        // When
        run(tx -> tx.audit().append(records));

        // Then
        assertThat(auditTrail(id("p-1"))).containsExactlyElementsOf(records);
    }

    /** Person without records has an empty trail. */
    @Test
    default void personWithoutRecordsHasAnEmptyTrail() {
        run(tx -> tx.audit().append(List.of(record(id("p-1"), AuditAction.EXPORTED, null, null))));

        assertThat(auditTrail(id("p-2"))).isEmpty();
    }

    /** Appending no records changes nothing. */
    @Test
    default void appendingNoRecordsChangesNothing() {
        run(tx -> tx.audit().append(List.of()));

        assertThat(auditTrail(id("p-1"))).isEmpty();
    }
}
