package dev.compliancecard.csv.archfixture;

/** Bad: a library class that logs through the JDK's platform logger. */
public final class LogsThroughSystemLogger {

    private static final System.Logger LOG = System.getLogger(LogsThroughSystemLogger.class.getName());

    /** Logs a line. */
    public void report() {
        LOG.log(System.Logger.Level.INFO, "exported");
    }
}
