package dev.compliancecard.archfixture;

import dev.compliancecard.jdbc.archfixture.JdbcStoreStandIn;

/** Bad: a core class that depends on the JDBC module. */
public final class CoreClassUsingJdbc {

    private final JdbcStoreStandIn store = new JdbcStoreStandIn();

    /**
     * Uses the JDBC module.
     *
     * @return a quoted name
     */
    public String name() {
        return store.quoted("card");
    }
}
