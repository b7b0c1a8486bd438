/**
 * Compliance Card on JDBC: the compliance store for H2, PostgreSQL and MariaDB/MySQL
 * ({@link dev.compliancecard.jdbc.JdbcComplianceStore}) and its schema installer
 * ({@link dev.compliancecard.jdbc.SchemaInstaller}). The versioned schema scripts are resources
 * under {@code db/compliance}, open to migration tools such as Flyway. Hosts bring their own JDBC
 * driver; the module requires none.
 */
module dev.compliancecard.jdbc {
    requires transitive dev.compliancecard.core;
    requires transitive java.sql;
    requires org.slf4j;

    exports dev.compliancecard.jdbc;

    opens db.compliance.h2;
    opens db.compliance.postgresql;
    opens db.compliance.mariadb;
}
