package dev.compliancecard.csv.archfixture;

/** Bad: a library class that prints a stack trace to standard error. */
public final class PrintsStackTrace {

    /**
     * Prints a failure.
     *
     * @param failure the failure
     */
    public void report(RuntimeException failure) {
        failure.printStackTrace();
    }
}
