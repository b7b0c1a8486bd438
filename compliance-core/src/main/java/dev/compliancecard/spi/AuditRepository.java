package dev.compliancecard.spi;

import java.util.List;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.person.PersonId;

/**
 * The append-only audit trail. Records are never changed or removed.
 */
public interface AuditRepository {

    /**
     * Appends records, in the given order.
     *
     * @param records the records
     */
    void append(List<AuditRecord> records);

    /**
     * Lists a person's records in the order they were appended.
     *
     * @param personId the person
     * @return the records, possibly empty
     */
    List<AuditRecord> forPerson(PersonId personId);
}
