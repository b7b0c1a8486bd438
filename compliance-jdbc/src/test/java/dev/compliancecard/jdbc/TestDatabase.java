package dev.compliancecard.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database for one test class: H2 in memory, or the PostgreSQL or MariaDB server named by
 * {@code COMPLIANCE_PG_*} / {@code COMPLIANCE_MARIADB_*} environment variables (or the system
 * properties {@code compliance.pg.url} and so on). Each instance uses a table prefix of its own,
 * so test classes and runs do not collide, and drops its tables when closed.
 *
 * <p>Connections to the servers run in an unusual session time zone (UTC+05:45), so that any
 * dependence of stored instants on it shows.
 */
final class TestDatabase implements AutoCloseable {

    static final String PG_SKIPPED = "PostgreSQL tests are skipped: set COMPLIANCE_PG_URL (with"
            + " COMPLIANCE_PG_USER and COMPLIANCE_PG_PASSWORD) or the system property compliance.pg.url to run them";
    static final String MARIADB_SKIPPED = "MariaDB tests are skipped: set COMPLIANCE_MARIADB_URL (with"
            + " COMPLIANCE_MARIADB_USER and COMPLIANCE_MARIADB_PASSWORD) or the system property"
            + " compliance.mariadb.url to run them";

    private static final List<String> TABLES = List.of(
            "audit_record", "subscription_event", "suppression", "card", "person");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final String prefix;
    private final Runnable shutdown;
    private boolean installed;

    private TestDatabase(DataSource dataSource, String prefix, Runnable shutdown) {
        this.dataSource = dataSource;
        this.prefix = prefix;
        this.shutdown = shutdown;
    }

    /** An H2 database in memory, private to the caller. */
    static TestDatabase h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + "-" + randomSuffix() + ";DB_CLOSE_DELAY=-1");
        return new TestDatabase(h2, prefixFor(name), () -> execute(h2, "SHUTDOWN"));
    }

    /** The PostgreSQL server of the settings, if they are given. */
    static Optional<TestDatabase> postgreSql(String name) {
        return setting("COMPLIANCE_PG_URL", "compliance.pg.url").map(url -> {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            setting("COMPLIANCE_PG_USER", "compliance.pg.user").ifPresent(pg::setUser);
            setting("COMPLIANCE_PG_PASSWORD", "compliance.pg.password").ifPresent(pg::setPassword);
            return onServer(withSessionSetup(pg, "SET TIME ZONE INTERVAL '+05:45' HOUR TO MINUTE"), name);
        });
    }

    /** The MariaDB server of the settings, if they are given. */
    static Optional<TestDatabase> mariaDb(String name) {
        return setting("COMPLIANCE_MARIADB_URL", "compliance.mariadb.url").map(url -> {
            try {
                MariaDbDataSource mariaDb = new MariaDbDataSource(url);
                Optional<String> user = setting("COMPLIANCE_MARIADB_USER", "compliance.mariadb.user");
                if (user.isPresent()) {
                    mariaDb.setUser(user.get());
                }
                mariaDb.setPassword(setting("COMPLIANCE_MARIADB_PASSWORD", "compliance.mariadb.password")
                        .orElse(""));
                return onServer(withSessionSetup(mariaDb, "SET time_zone = '+05:45'"), name);
            } catch (SQLException e) {
                throw new IllegalStateException("COMPLIANCE_MARIADB_URL is not a MariaDB JDBC URL", e);
            }
        });
    }

    private static TestDatabase onServer(DataSource dataSource, String name) {
        String prefix = prefixFor(name);
        TestDatabase[] self = new TestDatabase[1];
        self[0] = new TestDatabase(dataSource, prefix, () -> self[0].dropTables());
        return self[0];
    }

    DataSource dataSource() {
        return dataSource;
    }

    String prefix() {
        return prefix;
    }

    /** Returns a store on this database whose tables exist and are empty. */
    JdbcComplianceStore freshStore() {
        JdbcComplianceStore store = JdbcComplianceStore.builder(dataSource).tablePrefix(prefix).build();
        if (!installed) {
            store.installSchema();
            installed = true;
        } else {
            for (String table : TABLES) {
                execute(dataSource, "DELETE FROM " + prefix + table);
            }
        }
        return store;
    }

    @Override
    public void close() {
        shutdown.run();
    }

    private void dropTables() {
        for (String table : TABLES) {
            execute(dataSource, "DROP TABLE IF EXISTS " + prefix + table);
        }
        execute(dataSource, "DROP TABLE IF EXISTS " + prefix + "schema_history");
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test setup failed: " + sql, e);
        }
    }

    /** Wraps a data source so that every connection it gives first runs a statement. */
    static DataSource withSessionSetup(DataSource target, String sql) {
        return (DataSource) Proxy.newProxyInstance(TestDatabase.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(target, args);
                        if (result instanceof Connection) {
                            try (Statement statement = ((Connection) result).createStatement()) {
                                statement.execute(sql);
                            }
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Optional<String> setting(String environment, String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String prefixFor(String name) {
        return "t_" + name.toLowerCase(Locale.ROOT) + "_" + randomSuffix() + "_";
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return suffix.toString();
    }
}
