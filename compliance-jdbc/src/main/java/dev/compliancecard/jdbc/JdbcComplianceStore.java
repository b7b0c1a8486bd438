package dev.compliancecard.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.StoreException;
import dev.compliancecard.TransientStoreException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.jdbc.internal.Dialect;
import dev.compliancecard.jdbc.internal.JdbcTransaction;
import dev.compliancecard.jdbc.internal.SqlFailures;
import dev.compliancecard.jdbc.internal.StoreSql;
import dev.compliancecard.jdbc.internal.TablePrefix;
import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.spi.StoreWork;

/**
 * The compliance store on JDBC, for H2, PostgreSQL and MariaDB/MySQL.
 *
 * <pre>{@code
 * JdbcComplianceStore store = JdbcComplianceStore.builder(dataSource)
 *         .tablePrefix("cc_")
 *         .build();
 * store.installSchema();
 * ComplianceCards cards = ComplianceCards.builder().store(store).build();
 * }</pre>
 *
 * <p>Each transaction takes one connection from the data source, turns auto-commit off, and
 * commits or rolls back and gives the connection back when the work ends; a transaction started
 * while the same thread already runs one of this store joins it, and {@link #isInTransaction()}
 * tells whether the calling thread runs one.
 *
 * <p>Isolation: on H2 and PostgreSQL the data source's level is kept (their default, READ
 * COMMITTED, is what the store is built for; stricter levels work too). On MariaDB and MySQL a
 * connection at their default, REPEATABLE READ, runs each transaction at READ COMMITTED and is
 * given back at REPEATABLE READ; other levels are kept. Changes read the cards they write with
 * {@code SELECT ... FOR UPDATE}, in person id order, so concurrent changes of the same cards wait
 * for each other instead of failing, and never wait for each other in a circle; every update
 * still checks the version it replaces. Bulk reads and writes are set-based or batched, in person
 * id order.
 *
 * <p>Failures of the driver become the library's exceptions: a unique-key violation on a person
 * or card becomes {@link DuplicatePersonException}; a deadlock, serialization failure or lock
 * timeout becomes {@link TransientStoreException}; anything else becomes {@link StoreException}.
 * Their messages name the action and the person ids, never the driver's message or a bound value;
 * the driver's exception is the cause. SQL shapes and timings are logged at DEBUG under
 * {@code dev.compliancecard.jdbc.sql}.
 *
 * <p>Instants are kept in UTC to the microsecond and consent dates as dates, whatever the time
 * zones of the JVM and the server. Instances are immutable and thread-safe.
 */
public final class JdbcComplianceStore implements ComplianceStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcComplianceStore.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TablePrefix prefix;
    private final StoreSql sql;
    private final ThreadLocal<JdbcTransaction> current = new ThreadLocal<>();

    private JdbcComplianceStore(DataSource dataSource, Dialect dialect, TablePrefix prefix) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.prefix = prefix;
        this.sql = new StoreSql(dialect, prefix);
    }

    /**
     * Starts building a store on a data source.
     *
     * @param dataSource the data source; pooled or not, the host's choice
     * @return a new builder
     * @throws NullPointerException if dataSource is null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Returns the name of the database the store runs on.
     *
     * @return {@code H2}, {@code PostgreSQL} or {@code MariaDB} (also for MySQL)
     */
    public String database() {
        return dialect.displayName();
    }

    /**
     * Returns the prefix of the store's table names.
     *
     * @return the prefix, such as {@code cc_}
     */
    public String tablePrefix() {
        return prefix.value();
    }

    /**
     * Creates or upgrades the store's tables: runs the schema scripts not yet applied with this
     * store's table prefix. See {@link SchemaInstaller}.
     *
     * @return the versions applied now, oldest first; empty if the schema was up to date
     * @throws StoreException if the database fails, or a script applied earlier has changed
     */
    public List<Integer> installSchema() {
        return SchemaInstaller.of(dataSource, dialect, prefix).install();
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if no connection can be had, or the commit fails (a
     *     {@link TransientStoreException} if trying again may succeed)
     * @throws NullPointerException if work is null
     */
    @Override
    public <T> T inTransaction(StoreWork<T> work) {
        Objects.requireNonNull(work, "work");
        JdbcTransaction joined = current.get();
        if (joined != null) {
            return work.run(joined);
        }
        Connection connection = open();
        boolean isolationLowered = lowerIsolation(connection);
        JdbcTransaction transaction = new JdbcTransaction(connection, sql);
        current.set(transaction);
        try {
            T result = work.run(transaction);
            commit(connection);
            return result;
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        } finally {
            transaction.end();
            current.remove();
            if (isolationLowered) {
                restoreIsolation(connection);
            }
            close(connection);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @return true if the calling thread runs a transaction of this store
     */
    @Override
    public boolean isInTransaction() {
        return current.get() != null;
    }

    private Connection open() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            StoreException failure = SqlFailures.translate("start a transaction", "", e);
            if (connection != null) {
                close(connection);
            }
            throw failure;
        }
    }

    /**
     * On MariaDB and MySQL, runs the transaction at READ COMMITTED rather than their default
     * REPEATABLE READ, so that what a change reads after waiting for a row lock, and the version
     * a conflict reports, are what the database holds now, not the transaction's first snapshot.
     * Other levels are left alone. Returns whether the level was changed.
     */
    private boolean lowerIsolation(Connection connection) {
        if (dialect != Dialect.MARIADB) {
            return false;
        }
        try {
            if (connection.getTransactionIsolation() != Connection.TRANSACTION_REPEATABLE_READ) {
                return false;
            }
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return true;
        } catch (SQLException e) {
            StoreException failure = SqlFailures.translate("start a transaction at READ COMMITTED", "", e);
            close(connection);
            throw failure;
        }
    }

    /** Gives a connection back at the level it came with, for the sake of pools that keep it. */
    private static void restoreIsolation(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
        } catch (SQLException e) {
            LOG.debug("Could not restore the isolation level (SQLState {}) before giving the connection back",
                    e.getSQLState());
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            if (SqlFailures.isConnectionLost(e)) {
                throw new StoreException("Could not commit the transaction: the connection was lost during the"
                        + " commit (SQLState " + e.getSQLState() + "), so whether the database kept the"
                        + " changes is unknown; read the data again before retrying", e);
            }
            throw SqlFailures.translate("commit the transaction", "", e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // A lost connection cannot roll back, but the database ends its transaction anyway.
            failure.addSuppressed(e);
            LOG.debug("Rollback failed (SQLState {}) after an earlier failure", e.getSQLState());
        }
    }

    private static void close(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("Could not restore auto-commit (SQLState {}) before giving the connection back",
                    e.getSQLState());
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Could not close a connection (SQLState {})", e.getSQLState());
        }
    }

    static Dialect detect(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            Optional<Dialect> dialect = Dialect.of(connection.getMetaData());
            if (dialect.isPresent()) {
                LOG.debug("The data source leads to {}", dialect.get().displayName());
                return dialect.get();
            }
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw SqlFailures.translate("connect to find out which database the data source leads to", "", e);
        }
        throw new IllegalArgumentException("The data source leads to the database '" + product
                + "', which the JDBC store does not support; it runs on H2, PostgreSQL, MariaDB and MySQL");
    }

    /**
     * Builds a {@link JdbcComplianceStore}. Not thread-safe.
     */
    public static final class Builder {

        private final DataSource dataSource;
        private TablePrefix prefix = TablePrefix.of(TablePrefix.DEFAULT);

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Sets the prefix of every table name, so that several stores can share a database or
         * schema. Defaults to {@code cc_}.
         *
         * @param tablePrefix a lower-case letter, then at most 29 lower-case letters, digits or
         *     underscores
         * @return this builder
         * @throws NullPointerException if tablePrefix is null
         * @throws IllegalArgumentException if tablePrefix is not of that form; the message shows it
         */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            this.prefix = TablePrefix.of(tablePrefix);
            return this;
        }

        /**
         * Builds the store. It connects once to find out which database the data source leads
         * to; it does not create tables (see {@link JdbcComplianceStore#installSchema()}).
         *
         * @return the store
         * @throws IllegalArgumentException if the database is none of H2, PostgreSQL, MariaDB or
         *     MySQL
         * @throws StoreException if no connection can be had
         */
        public JdbcComplianceStore build() {
            return new JdbcComplianceStore(dataSource, detect(dataSource), prefix);
        }
    }
}
