package dev.compliancecard.jdbc.internal;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the store runs on, with what differs between them: where their schema scripts
 * live, how instants are bound and read, and how an insert that must not overwrite is written.
 *
 * <p>Instants are cut to the microsecond before they are bound, so that every database keeps
 * the same value (PostgreSQL would round, MariaDB would cut).
 */
public enum Dialect {

    /** H2 2.x, embedded or in server mode. */
    H2("H2", "h2") {
        @Override
        String insertIfAbsent(String table, String keyColumn, String valueColumn) {
            return "MERGE INTO " + table + " t USING (VALUES (CAST(? AS VARCHAR(256)),"
                    + " CAST(? AS TIMESTAMP(6) WITH TIME ZONE))) s(k, v) ON t." + keyColumn + " = s.k"
                    + " WHEN NOT MATCHED THEN INSERT (" + keyColumn + ", " + valueColumn + ")"
                    + " VALUES (s.k, s.v)";
        }
    },

    /** PostgreSQL 12 and later. */
    POSTGRESQL("PostgreSQL", "postgresql") {
        @Override
        String insertIfAbsent(String table, String keyColumn, String valueColumn) {
            return "INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") VALUES (?, ?)"
                    + " ON CONFLICT (" + keyColumn + ") DO NOTHING";
        }
    },

    /** MariaDB 10.6 and later; MySQL 8 is served by the same scripts and SQL. */
    MARIADB("MariaDB", "mariadb") {
        @Override
        String insertIfAbsent(String table, String keyColumn, String valueColumn) {
            return "INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") VALUES (?, ?)"
                    + " ON DUPLICATE KEY UPDATE " + keyColumn + " = " + keyColumn;
        }

        @Override
        void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
            statement.setObject(index, LocalDateTime.ofInstant(micros(value), ZoneOffset.UTC));
        }

        @Override
        Instant getInstant(ResultSet row, String column) throws SQLException {
            LocalDateTime value = row.getObject(column, LocalDateTime.class);
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }

        @Override
        String timestampType() {
            return "DATETIME(6)";
        }

        @Override
        String tableOptions() {
            return " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin";
        }
    };

    private final String displayName;
    private final String folder;

    Dialect(String displayName, String folder) {
        this.displayName = displayName;
        this.folder = folder;
    }

    /**
     * Finds the dialect of a database from its metadata.
     *
     * @param metadata the metadata of a connection
     * @return the dialect, or empty if the database is not one the store runs on
     * @throws SQLException if the metadata cannot be read
     */
    public static Optional<Dialect> of(DatabaseMetaData metadata) throws SQLException {
        String product = metadata.getDatabaseProductName();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return Optional.of(H2);
        }
        if (name.startsWith("postgresql")) {
            return Optional.of(POSTGRESQL);
        }
        if (name.startsWith("mariadb") || name.startsWith("mysql")) {
            return Optional.of(MARIADB);
        }
        return Optional.empty();
    }

    /**
     * Returns the name operators know the database by.
     *
     * @return the name, such as {@code PostgreSQL}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the class-path folder of this database's schema scripts.
     *
     * @return the folder, such as {@code db/compliance/postgresql}, without leading or trailing slash
     */
    public String scriptFolder() {
        return "db/compliance/" + folder;
    }

    /**
     * Returns an insert of a key and an instant that leaves an existing row of that key alone.
     * Its parameters are the key and the instant, in that order.
     */
    abstract String insertIfAbsent(String table, String keyColumn, String valueColumn);

    /** Binds an instant, cut to the microsecond. */
    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(micros(value), ZoneOffset.UTC));
    }

    /** Reads an instant, or null. */
    Instant getInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Returns the column type of instants. */
    String timestampType() {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }

    /** Returns what follows the column list of a CREATE TABLE, such as the character set. */
    String tableOptions() {
        return "";
    }

    static Instant micros(Instant value) {
        return value.truncatedTo(ChronoUnit.MICROS);
    }
}
