/**
 * Classes in a package the JDBC module owns, for the architecture rules' own tests.
 */
package dev.compliancecard.jdbc.archfixture;
