package dev.compliancecard.archfixture;

import dev.compliancecard.csv.archfixture.CsvWriterStandIn;

/** Bad: a core class that depends on the CSV module. */
public final class CoreClassUsingCsv {

    /** Uses the CSV module. */
    public void export() {
        new CsvWriterStandIn().write(0);
    }
}
