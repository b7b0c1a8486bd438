package dev.compliancecard.archfixture;

import dev.compliancecard.jdbc.internal.archfixture.SqlHelperStandIn;

/** Bad: a class outside the JDBC module that uses the JDBC module's internals. */
public final class CoreClassUsingJdbcInternals {

    /**
     * Uses an internal class of another module.
     *
     * @return a quoted name
     */
    public String name() {
        return SqlHelperStandIn.quote("card");
    }
}
