package dev.compliancecard.csv.archfixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stands in for a class of the CSV module that logs as it should: through SLF4J. */
public final class CsvWriterStandIn {

    private static final Logger LOG = LoggerFactory.getLogger(CsvWriterStandIn.class);

    /**
     * Writes nothing, and says so at DEBUG.
     *
     * @param rows how many rows were asked for
     */
    public void write(int rows) {
        LOG.debug("Wrote {} rows", rows);
    }
}
