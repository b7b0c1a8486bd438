/**
 * The repository contract suite: abstract JUnit 5 tests that every
 * {@link dev.compliancecard.spi.ComplianceStore} implementation must pass.
 */
package dev.compliancecard.testkit.contract;
