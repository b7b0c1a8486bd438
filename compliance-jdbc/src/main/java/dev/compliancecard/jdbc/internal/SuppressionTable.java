package dev.compliancecard.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import dev.compliancecard.spi.SuppressionRepository;
import dev.compliancecard.subscription.SuppressionEntry;

/**
 * The suppression list in the {@code suppression} table, one row per keyed hash. Adding a held
 * hash leaves the row alone, in one statement, so that concurrent adds do not fail.
 */
final class SuppressionTable implements SuppressionRepository {

    private final JdbcTransaction tx;

    SuppressionTable(JdbcTransaction tx) {
        this.tx = tx;
    }

    @Override
    public void add(SuppressionEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String sql = tx.sql().insertSuppression;
        tx.execute("add the suppression entry", "", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, entry.emailHash());
                tx.setInstant(statement, 2, entry.since());
                long start = System.nanoTime();
                int rows = statement.executeUpdate();
                SqlLog.executed(sql, rows, start);
            }
            return null;
        });
    }

    @Override
    public Optional<SuppressionEntry> find(String emailHash) {
        Objects.requireNonNull(emailHash, "emailHash");
        String sql = tx.sql().selectSuppression;
        return tx.execute("read the suppression entry", "", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, emailHash);
                long start = System.nanoTime();
                try (ResultSet row = statement.executeQuery()) {
                    Optional<SuppressionEntry> found = row.next()
                            ? Optional.of(read(row))
                            : Optional.empty();
                    SqlLog.executed(sql, found.isPresent() ? 1 : 0, start);
                    return found;
                }
            }
        });
    }

    private SuppressionEntry read(ResultSet row) throws SQLException {
        try {
            return SuppressionEntry.of(row.getString("email_hash"),
                    tx.dialect().getInstant(row, "suppressed_since"));
        } catch (RuntimeException e) {
            throw JdbcTransaction.unreadable("a suppression entry", e);
        }
    }
}
