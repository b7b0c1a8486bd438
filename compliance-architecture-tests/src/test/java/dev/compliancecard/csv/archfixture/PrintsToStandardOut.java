package dev.compliancecard.csv.archfixture;

/** Bad: a library class that prints to standard out. */
public final class PrintsToStandardOut {

    /** Prints a line. */
    public void report() {
        System.out.println("exported");
    }
}
