package dev.compliancecard.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Concurrent writers and killed connections on MariaDB; skipped without connection settings. */
class MariaDbConcurrencyAndFaultsTest extends ConcurrencyAndFaultChecks {

    private static TestDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.mariaDb("faults").orElse(null);
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
        return TestDatabase.MARIADB_SKIPPED;
    }

    @Override
    long sessionId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT CONNECTION_ID()");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    void killSession(DataSource admin, long sessionId) throws SQLException {
        // KILL takes no parameter markers; the id is a number the server gave.
        try (Connection connection = admin.getConnection(); Statement kill = connection.createStatement()) {
            kill.execute("KILL CONNECTION " + sessionId);
        }
    }
}
