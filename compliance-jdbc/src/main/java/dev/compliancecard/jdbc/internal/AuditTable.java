package dev.compliancecard.jdbc.internal;

import static dev.compliancecard.jdbc.internal.JdbcTransaction.setText;
import static dev.compliancecard.jdbc.internal.SqlFailures.person;
import static dev.compliancecard.jdbc.internal.SqlFailures.persons;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.AuditRepository;

/**
 * The audit trail in the {@code audit_record} table. Records are appended in JDBC batches; an
 * identity column keeps their order.
 */
final class AuditTable implements AuditRepository {

    private final JdbcTransaction tx;

    AuditTable(JdbcTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void append(List<AuditRecord> records) {
        Objects.requireNonNull(records, "records");
        if (records.isEmpty()) {
            return;
        }
        String sql = tx.sql().insertAudit;
        List<PersonId> ids = records.stream().map(AuditRecord::personId).toList();
        tx.execute("append the audit records", persons(ids), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int from = 0; from < records.size(); from += CardTable.BATCH_SIZE) {
                    List<AuditRecord> batch = records.subList(from,
                            Math.min(records.size(), from + CardTable.BATCH_SIZE));
                    for (AuditRecord record : batch) {
                        statement.setString(1, record.personId().value());
                        tx.setInstant(statement, 2, record.occurredAt());
                        statement.setString(3, record.actorId());
                        statement.setString(4, record.action().name());
                        setText(statement, 5, record.before());
                        setText(statement, 6, record.after());
                        statement.addBatch();
                    }
                    long start = System.nanoTime();
                    statement.executeBatch();
                    SqlLog.executed(sql, batch.size(), start);
                }
            }
            return null;
        });
    }

    @Override
    public List<AuditRecord> forPerson(PersonId personId) {
        Objects.requireNonNull(personId, "personId");
        String sql = tx.sql().selectAudit;
        return tx.execute("read the audit trail", person(personId), connection -> {
            List<AuditRecord> records = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, personId.value());
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        records.add(read(row, personId));
                    }
                }
                SqlLog.executed(sql, records.size(), start);
            }
            return List.copyOf(records);
        });
    }

    private AuditRecord read(ResultSet row, PersonId personId) throws SQLException {
        try {
            return AuditRecord.of(tx.dialect().getInstant(row, "occurred_at"), row.getString("actor_id"),
                    AuditAction.valueOf(row.getString("audit_action")), personId, row.getString("before_value"),
                    row.getString("after_value"));
        } catch (RuntimeException e) {
            throw JdbcTransaction.unreadable("an audit record of person '" + personId + "'", e);
        }
    }
}
