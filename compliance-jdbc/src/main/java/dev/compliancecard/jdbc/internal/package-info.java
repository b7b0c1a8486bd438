/**
 * The workings of the JDBC store: dialects, SQL text, tables, schema scripts and the translation
 * of driver failures. Not part of the API: nothing here is exported, and any of it may change.
 */
package dev.compliancecard.jdbc.internal;
