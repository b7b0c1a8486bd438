/**
 * A class in an internal package of the JDBC module, for the architecture rules' own tests.
 */
package dev.compliancecard.jdbc.internal.archfixture;
