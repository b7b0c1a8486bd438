package dev.compliancecard.jdbc;

import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.compliancecard.StoreException;
import dev.compliancecard.jdbc.internal.Dialect;
import dev.compliancecard.jdbc.internal.SchemaInstallation;
import dev.compliancecard.jdbc.internal.TablePrefix;

/**
 * Creates and upgrades the tables of the JDBC store, for hosts without a migration tool.
 *
 * <p>The schema ships as versioned SQL scripts on the class path, one folder per database:
 * {@code db/compliance/h2}, {@code db/compliance/postgresql} and {@code db/compliance/mariadb}
 * (also for MySQL), named as Flyway names versioned migrations ({@code V1__compliance_card.sql}).
 * Table names start with the placeholder {@code ${tablePrefix}}. The installer puts in the
 * checked prefix, runs the scripts not yet applied, oldest first, and records each in a table of
 * its own, {@code <prefix>schema_history}; running it again applies only newer scripts. A host
 * that uses Flyway can instead add the folder of its database to Flyway's locations and set the
 * placeholder {@code tablePrefix}.
 *
 * <p>Run it from one process at a time, for example at start-up before the store is used. On
 * PostgreSQL a script and its history row are applied in one transaction; H2 and MariaDB commit
 * each DDL statement at once, so a script that fails there half-way must be cleaned up by hand.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SchemaInstaller {

    private final SchemaInstallation installation;

    private SchemaInstaller(SchemaInstallation installation) {
        this.installation = installation;
    }

    /**
     * Prepares an installer for the database behind a data source. It connects once to find out
     * which database it is.
     *
     * @param dataSource the data source of the database
     * @param tablePrefix the prefix of every table name, such as {@code cc_}: a lower-case letter,
     *     then at most 29 lower-case letters, digits or underscores
     * @return the installer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the prefix is not valid, or the database is none of H2,
     *     PostgreSQL, MariaDB or MySQL
     * @throws StoreException if no connection can be had
     */
    public static SchemaInstaller of(DataSource dataSource, String tablePrefix) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(tablePrefix, "tablePrefix");
        TablePrefix prefix = TablePrefix.of(tablePrefix);
        return of(dataSource, JdbcComplianceStore.detect(dataSource), prefix);
    }

    static SchemaInstaller of(DataSource dataSource, Dialect dialect, TablePrefix prefix) {
        return new SchemaInstaller(new SchemaInstallation(dataSource, dialect, prefix));
    }

    /**
     * Applies every schema script not yet applied, oldest first.
     *
     * @return the versions applied now, oldest first; empty if the schema was up to date
     * @throws StoreException if the database fails (the message names the database and prefix),
     *     or a script applied earlier differs from the shipped one
     */
    public List<Integer> install() {
        return installation.run();
    }
}
