/**
 * The runnable demo of Compliance Card: {@link dev.compliancecard.examples.Demo}.
 */
package dev.compliancecard.examples;
