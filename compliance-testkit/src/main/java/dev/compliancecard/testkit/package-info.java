/**
 * jqwik arbitraries and test-data builders for persons, authorizations, sources and cards, for
 * the library's own tests and for hosts' tests of their integration.
 */
package dev.compliancecard.testkit;
