package dev.compliancecard.jdbc.internal.archfixture;

/** Stands in for an internal class of the JDBC module. */
public final class SqlHelperStandIn {

    private SqlHelperStandIn() {
    }

    /**
     * Quotes an identifier.
     *
     * @param identifier the identifier
     * @return the quoted identifier
     */
    public static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
