package dev.compliancecard.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.compliancecard.StoreException;
import dev.compliancecard.TransientStoreException;
import dev.compliancecard.person.PersonId;

/**
 * Turns driver failures into the library's exceptions. A message names the action and our own
 * ids and says what kind of failure it was, with the standard SQLState; it never repeats the
 * driver's message, which may hold bound values such as email addresses. The driver's exception
 * is kept as the cause.
 */
public final class SqlFailures {

    /** Deadlock (MariaDB/MySQL). */
    private static final int MARIADB_DEADLOCK = 1213;
    /** Lock wait timeout (MariaDB/MySQL). */
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    /** Duplicate key (MariaDB/MySQL). */
    private static final int MARIADB_DUPLICATE_KEY = 1062;
    /** The connection was killed (MariaDB). */
    private static final int MARIADB_CONNECTION_KILLED = 1927;
    /** The server has gone away / lost connection (MariaDB/MySQL clients). */
    private static final Set<Integer> MARIADB_CONNECTION_LOST = Set.of(2006, 2013, MARIADB_CONNECTION_KILLED);
    /** Deadlock, lock timeout and concurrent update (H2). */
    private static final Set<Integer> H2_TRANSIENT = Set.of(40001, 50200, 90131);

    /** Serialization failure, deadlock (standard, PostgreSQL) and lock not available (PostgreSQL). */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");
    /** Server shutdown or session terminated by an administrator (PostgreSQL). */
    private static final Set<String> TERMINATED_STATES = Set.of("57P01", "57P02", "57P03", "70100");

    /** A table, index or other object of that name already exists (PostgreSQL; MariaDB and H2). */
    private static final Set<String> ALREADY_EXISTS_STATES = Set.of("42P07", "42S01", "42S11");

    /** How many wrapped exceptions are looked at, at most. */
    private static final int MAX_CHAIN = 10;

    private SqlFailures() {
    }

    /**
     * Tells whether a failure is a unique-key violation.
     *
     * @param failure the driver's exception
     * @return true for SQLState 23505 or MariaDB error 1062
     */
    public static boolean isUniqueViolation(SQLException failure) {
        return chain(failure).stream().anyMatch(
                f -> "23505".equals(f.getSQLState()) || f.getErrorCode() == MARIADB_DUPLICATE_KEY);
    }

    /**
     * Tells whether a failure may pass if the transaction is tried again: a deadlock, a
     * serialization failure or a lock timeout.
     *
     * @param failure the driver's exception
     * @return true if trying again may succeed
     */
    public static boolean isTransient(SQLException failure) {
        return chain(failure).stream().anyMatch(SqlFailures::isTransientItself);
    }

    private static boolean isTransientItself(SQLException failure) {
        int code = failure.getErrorCode();
        String state = failure.getSQLState();
        return failure instanceof SQLTransactionRollbackException
                || state != null && TRANSIENT_STATES.contains(state)
                || code == MARIADB_DEADLOCK || code == MARIADB_LOCK_WAIT_TIMEOUT
                || H2_TRANSIENT.contains(code) && isH2State(failure);
    }

    /**
     * Tells whether a failure means the connection is gone: closed, broken or killed by the
     * server.
     *
     * @param failure the driver's exception
     * @return true if the connection can no longer be used
     */
    public static boolean isConnectionLost(SQLException failure) {
        return chain(failure).stream().anyMatch(SqlFailures::isConnectionLostItself);
    }

    private static boolean isConnectionLostItself(SQLException failure) {
        String state = failure.getSQLState();
        return failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLRecoverableException
                || state != null && (state.startsWith("08") || TERMINATED_STATES.contains(state))
                || MARIADB_CONNECTION_LOST.contains(failure.getErrorCode());
    }

    /**
     * Translates a failure of an action.
     *
     * @param action what was being done, such as {@code "update the cards"}
     * @param subject whose data it concerned, such as {@code "of person 'p-1'"}, or empty
     * @param failure the driver's exception
     * @return a {@link TransientStoreException} for a failure that may pass, otherwise a
     *     {@link StoreException}; the driver's exception is the cause
     */
    public static StoreException translate(String action, String subject, SQLException failure) {
        String message = "Could not " + action + (subject.isEmpty() ? "" : " " + subject) + ": "
                + reason(failure);
        if (isTransient(failure)) {
            return new TransientStoreException(message, failure);
        }
        return new StoreException(message, failure);
    }

    /**
     * Names one person for a message.
     *
     * @param id the person
     * @return text such as {@code of person 'p-1'}
     */
    public static String person(PersonId id) {
        return "of person '" + id + "'";
    }

    /**
     * Names one person for a message whose action already says it is about a person, such as
     * {@code insert the person}.
     *
     * @param id the person
     * @return text such as {@code 'p-1'}
     */
    public static String named(PersonId id) {
        return "'" + id + "'";
    }

    /**
     * Names many persons for a message, without listing thousands of ids.
     *
     * @param ids the persons, in the order the action handled them
     * @return text such as {@code of 2500 persons ('p-1' to 'p-2500')}
     */
    public static String persons(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        if (ids.size() == 1) {
            return person(ids.iterator().next());
        }
        PersonId first = null;
        PersonId last = null;
        for (PersonId id : ids) {
            first = first == null ? id : first;
            last = id;
        }
        return "of " + ids.size() + " persons ('" + first + "' to '" + last + "')";
    }

    /**
     * Returns the failure with the SQL exceptions it wraps: a batch failure often carries the
     * real one as its cause or as its next exception.
     */
    private static List<SQLException> chain(SQLException failure) {
        List<SQLException> chain = new ArrayList<>();
        Throwable cause = failure;
        while (cause instanceof SQLException && chain.size() < MAX_CHAIN && !chain.contains(cause)) {
            chain.add((SQLException) cause);
            cause = cause.getCause();
        }
        SQLException next = failure.getNextException();
        while (next != null && chain.size() < MAX_CHAIN && !chain.contains(next)) {
            chain.add(next);
            next = next.getNextException();
        }
        return chain;
    }

    private static String reason(SQLException failure) {
        SQLException coded = chain(failure).stream().filter(f -> f.getSQLState() != null).findFirst()
                .orElse(failure);
        String codes = "SQLState " + coded.getSQLState() + ", vendor code " + coded.getErrorCode();
        if (isConnectionLost(failure)) {
            return "the connection to the database was closed or lost (" + codes + "), for example because the"
                    + " server ended the session; the transaction was not committed and nothing of it was kept";
        }
        if (isTransient(failure)) {
            return "the database stopped the transaction because of a conflict with a concurrent one (deadlock,"
                    + " serialization failure or lock timeout; " + codes + "); nothing was kept, and trying"
                    + " again may succeed";
        }
        if (isUniqueViolation(failure)) {
            return "a row with the same key already exists (" + codes + ")";
        }
        if (coded.getSQLState() != null && ALREADY_EXISTS_STATES.contains(coded.getSQLState())) {
            return "a table or index of that name already exists (" + codes + ")";
        }
        if (coded.getSQLState() != null && coded.getSQLState().startsWith("42")) {
            return "the database refused the statement (" + codes + "); is the schema installed with the same"
                    + " table prefix?";
        }
        return "the database refused the statement (" + codes + ")";
    }

    private static boolean isH2State(SQLException failure) {
        String state = failure.getSQLState();
        return "40001".equals(state) || "HYT00".equals(state) || "90131".equals(state);
    }
}
