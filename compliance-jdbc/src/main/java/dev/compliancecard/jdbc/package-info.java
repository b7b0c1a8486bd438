/**
 * The compliance store on JDBC: {@link dev.compliancecard.jdbc.JdbcComplianceStore} keeps persons,
 * cards, the audit trail, subscription history and the suppression list in H2, PostgreSQL or
 * MariaDB/MySQL, through a {@link javax.sql.DataSource} the host provides, and
 * {@link dev.compliancecard.jdbc.SchemaInstaller} creates its tables from versioned scripts that a
 * migration tool such as Flyway can run instead.
 */
package dev.compliancecard.jdbc;
