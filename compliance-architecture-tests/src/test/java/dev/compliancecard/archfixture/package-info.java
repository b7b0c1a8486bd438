/**
 * Deliberately bad classes in a package core owns, which the architecture rules must reject.
 * Never on the class path of a library module.
 */
package dev.compliancecard.archfixture;
