/**
 * CSV for compliance cards: {@link dev.compliancecard.csv.PersonCsvExport} writes persons with
 * the sixteen columns of {@link dev.compliancecard.csv.PersonColumn}, safe against spreadsheet
 * formulas and recorded in the audit trail, one person or a stream of any length;
 * {@link dev.compliancecard.csv.ContactCsvImport} reads a contacts CSV through a caller-given
 * {@link dev.compliancecard.csv.ContactMapping} and reports every row it could not load.
 */
package dev.compliancecard.csv;
