package dev.compliancecard.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.compliancecard.StoreException;

/**
 * Runs the schema scripts not yet applied to a database, recording each in a history table of
 * the store's own ({@code <prefix>schema_history}), each script with its history row in one
 * transaction where the database has transactional DDL (H2 and MariaDB commit DDL at once).
 */
public final class SchemaInstallation {

    private static final Logger LOG = LoggerFactory.getLogger("dev.compliancecard.jdbc.schema");

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TablePrefix prefix;
    private final String historyTable;

    /**
     * Prepares an installation.
     *
     * @param dataSource where to install
     * @param dialect the database behind the data source
     * @param prefix the checked table prefix
     */
    public SchemaInstallation(DataSource dataSource, Dialect dialect, TablePrefix prefix) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.prefix = prefix;
        this.historyTable = prefix.name("schema_history");
    }

    /**
     * Applies every script not yet applied, oldest first.
     *
     * @return the versions applied now, oldest first; empty if the schema was up to date
     * @throws StoreException if the database fails, or a script applied earlier has changed since
     */
    public List<Integer> run() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return applyPending(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("install the compliance schema", "on " + dialect.displayName()
                    + " with table prefix '" + prefix + "'", e);
        }
    }

    private List<Integer> applyPending(Connection connection) throws SQLException {
        createHistoryTable(connection);
        Map<Integer, String> applied = appliedChecksums(connection);
        List<Integer> installed = new ArrayList<>();
        for (SchemaScripts script : SchemaScripts.ALL) {
            String checksum = script.checksum(dialect);
            String earlier = applied.get(script.version());
            if (earlier == null) {
                apply(connection, script, checksum);
                installed.add(script.version());
            } else if (!earlier.equals(checksum)) {
                throw new StoreException("The schema script " + script.resource(dialect)
                        + " differs from the one applied with table prefix '" + prefix + "' (checksum "
                        + earlier + ", now " + checksum + "); applied scripts must never change");
            }
        }
        return installed;
    }

    private void createHistoryTable(Connection connection) throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS " + historyTable + " ("
                + "version INTEGER NOT NULL PRIMARY KEY, "
                + "script VARCHAR(200) NOT NULL, "
                + "checksum VARCHAR(64) NOT NULL, "
                + "installed_at " + dialect.timestampType() + " NOT NULL)" + dialect.tableOptions();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        connection.commit();
    }

    private Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT version, checksum FROM " + historyTable)) {
            while (row.next()) {
                applied.put(row.getInt(1), row.getString(2));
            }
        }
        connection.commit();
        return applied;
    }

    private void apply(Connection connection, SchemaScripts script, String checksum) throws SQLException {
        long start = System.nanoTime();
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : SchemaScripts.statements(script.text(dialect, prefix))) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + historyTable
                    + " (version, script, checksum, installed_at) VALUES (?, ?, ?, ?)")) {
                record.setInt(1, script.version());
                record.setString(2, script.fileName());
                record.setString(3, checksum);
                dialect.setInstant(record, 4, Instant.now());
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        LOG.info("Compliance schema created: applied {} on {} with table prefix '{}' in {} ms",
                script.fileName(), dialect.displayName(), prefix, (System.nanoTime() - start) / 1_000_000);
    }
}
