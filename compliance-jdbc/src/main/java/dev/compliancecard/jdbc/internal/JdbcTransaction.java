package dev.compliancecard.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dev.compliancecard.StoreException;
import dev.compliancecard.spi.AuditRepository;
import dev.compliancecard.spi.CardRepository;
import dev.compliancecard.spi.PersonRepository;
import dev.compliancecard.spi.StoreTransaction;
import dev.compliancecard.spi.SubscriptionRepository;
import dev.compliancecard.spi.SuppressionRepository;

/**
 * One open transaction of the JDBC store, on one connection. Valid until the work it was made
 * for returns; not thread-safe.
 */
public final class JdbcTransaction implements StoreTransaction {

    private final Connection connection;
    private final StoreSql sql;
    private final PersonTable persons;
    private final CardTable cards;
    private final AuditTable audit;
    private final SubscriptionTable subscriptions;
    private final SuppressionTable suppressions;
    private boolean open = true;

    /**
     * Starts using a connection whose transaction is open (auto-commit off).
     *
     * @param connection the connection
     * @param sql the SQL of the store
     */
    public JdbcTransaction(Connection connection, StoreSql sql) {
        this.connection = connection;
        this.sql = sql;
        this.persons = new PersonTable(this);
        this.cards = new CardTable(this);
        this.audit = new AuditTable(this);
        this.subscriptions = new SubscriptionTable(this);
        this.suppressions = new SuppressionTable(this);
    }

    /** Marks the transaction as over; any later use of its repositories fails. */
    public void end() {
        open = false;
    }

    @Override
    public PersonRepository persons() {
        return persons;
    }

    @Override
    public CardRepository cards() {
        return cards;
    }

    @Override
    public AuditRepository audit() {
        return audit;
    }

    @Override
    public SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    @Override
    public SuppressionRepository suppressions() {
        return suppressions;
    }

    StoreSql sql() {
        return sql;
    }

    Dialect dialect() {
        return sql.dialect;
    }

    /**
     * Runs JDBC work of one repository action and translates its failures.
     *
     * @param action what is done, for the message of a failure, such as "update the cards"
     * @param subject whose data, for the message, such as "of person 'p-1'"
     * @param work the work
     */
    <T> T execute(String action, String subject, SqlWork<T> work) {
        if (!open) {
            throw new IllegalStateException("Could not " + action + ": the transaction is over; use a"
                    + " StoreTransaction only inside the work it was given to");
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlFailures.translate(action, subject, e);
        }
    }

    /** Fails with a store exception when a stored value cannot be read back as a library value. */
    static StoreException unreadable(String what, RuntimeException cause) {
        return new StoreException("Could not read " + what + ": the stored value is not valid ("
                + cause.getClass().getSimpleName() + "); was the row written by another program?", cause);
    }

    static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        setText(statement, index, value.orElse(null));
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        sql.dialect.setInstant(statement, index, value);
    }

    /**
     * JDBC work on the transaction's connection.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
