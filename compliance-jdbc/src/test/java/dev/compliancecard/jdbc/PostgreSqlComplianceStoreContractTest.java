package dev.compliancecard.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.testkit.contract.ComplianceStoreContract;

/** Runs the whole contract suite on the JDBC store on PostgreSQL; skipped without connection settings. */
class PostgreSqlComplianceStoreContractTest extends ComplianceStoreContract {

    private static TestDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.postgreSql("contract").orElse(null);
    }

    @AfterAll
    static void dropTables() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ComplianceStore newStore() {
        assumeTrue(database != null, TestDatabase.PG_SKIPPED);
        return database.freshStore();
    }
}
