package dev.compliancecard.examples.archfixture;

/** Allowed: the demo is no library and prints its summary to standard out. */
public final class DemoPrintingASummary {

    /** Prints a summary. */
    public void print() {
        System.out.println("3 persons, 2 with consent");
    }
}
