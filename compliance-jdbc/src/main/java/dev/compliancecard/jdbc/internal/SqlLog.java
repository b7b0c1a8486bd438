package dev.compliancecard.jdbc.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL log of the store, under the category {@code dev.compliancecard.jdbc.sql}: at DEBUG, the
 * shape of each statement (never a bound value) with its row count and time.
 */
final class SqlLog {

    private static final Logger LOG = LoggerFactory.getLogger("dev.compliancecard.jdbc.sql");
    private static final Pattern PARAMETER_RUN = Pattern.compile("\\?(?:, \\?){3,}");

    private SqlLog() {
    }

    /**
     * Logs a statement that ran.
     *
     * @param sql the statement text, with parameter markers only
     * @param rows how many rows it touched or read, or how many statements a batch held
     * @param startNanos {@link System#nanoTime()} when it started
     */
    static void executed(String sql, long rows, long startNanos) {
        if (LOG.isDebugEnabled()) {
            long micros = (System.nanoTime() - startNanos) / 1_000;
            LOG.debug("{} row(s) in {} us: {}", rows, micros, shape(sql));
        }
    }

    /** Shortens long runs of parameter markers, as in IN lists, to their count. */
    static String shape(String sql) {
        Matcher run = PARAMETER_RUN.matcher(sql);
        StringBuilder shape = new StringBuilder();
        while (run.find()) {
            int count = (run.group().length() + 2) / 3;
            run.appendReplacement(shape, "?{" + count + " parameters}");
        }
        run.appendTail(shape);
        return shape.toString();
    }
}
