package dev.compliancecard.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Concurrent writers and killed connections on PostgreSQL; skipped without connection settings. */
class PostgreSqlConcurrencyAndFaultsTest extends ConcurrencyAndFaultChecks {

    private static TestDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.postgreSql("faults").orElse(null);
    }

    @AfterAll
    static void dropTables() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    String skipReason() {
        return TestDatabase.PG_SKIPPED;
    }

    @Override
    long sessionId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    void killSession(DataSource admin, long sessionId) throws SQLException, InterruptedException {
        try (Connection connection = admin.getConnection()) {
            try (PreparedStatement kill = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, (int) sessionId);
                kill.execute();
            }
            for (int i = 0; i < 100 && isAlive(connection, sessionId); i++) {
                Thread.sleep(50);
            }
        }
    }

    private static boolean isAlive(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?")) {
            statement.setInt(1, (int) sessionId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }
}
