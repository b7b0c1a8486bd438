/**
 * Compliance Card CSV: export of persons as CSV (sixteen fixed columns, safe against
 * spreadsheet formulas, streaming, every export in the audit trail) and import of contacts CSV
 * files through a caller-given column mapping, on Apache Commons CSV. Exports only its API
 * package, {@code dev.compliancecard.csv}.
 */
module dev.compliancecard.csv {
    requires transitive dev.compliancecard.core;
    requires org.apache.commons.csv;
    // Only so that javac can read the SpotBugs annotations on Commons CSV's class files.
    requires static com.github.spotbugs.annotations;

    exports dev.compliancecard.csv;
}
