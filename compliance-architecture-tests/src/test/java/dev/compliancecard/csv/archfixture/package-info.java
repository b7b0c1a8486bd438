/**
 * Classes in a package the CSV module owns, some deliberately bad, for the architecture rules'
 * own tests.
 */
package dev.compliancecard.csv.archfixture;
