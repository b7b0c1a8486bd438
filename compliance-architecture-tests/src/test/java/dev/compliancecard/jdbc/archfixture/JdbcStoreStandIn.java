package dev.compliancecard.jdbc.archfixture;

import dev.compliancecard.jdbc.internal.archfixture.SqlHelperStandIn;

/** Stands in for a class of the JDBC module; it may use its own module's internals. */
public final class JdbcStoreStandIn {

    /**
     * Renders a table name the way the module's internal helper does.
     *
     * @param table the table
     * @return the quoted name
     */
    public String quoted(String table) {
        return SqlHelperStandIn.quote(table);
    }
}
