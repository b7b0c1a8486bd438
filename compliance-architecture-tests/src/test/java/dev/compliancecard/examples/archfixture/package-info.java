/**
 * A class in a package the examples own, which may print, for the architecture rules' own tests.
 */
package dev.compliancecard.examples.archfixture;
