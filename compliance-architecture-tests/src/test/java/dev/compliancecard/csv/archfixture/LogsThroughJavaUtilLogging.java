package dev.compliancecard.csv.archfixture;

import java.util.logging.Logger;

/** Bad: a library class that logs through java.util.logging. */
public final class LogsThroughJavaUtilLogging {

    private static final Logger LOG = Logger.getLogger(LogsThroughJavaUtilLogging.class.getName());

    /** Logs a line. */
    public void report() {
        LOG.info("exported");
    }
}
