package dev.compliancecard.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.testkit.contract.ComplianceStoreContract;

/** Runs the whole contract suite on the JDBC store on MariaDB; skipped without connection settings. */
class MariaDbComplianceStoreContractTest extends ComplianceStoreContract {

    private static TestDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.mariaDb("contract").orElse(null);
    }

    @AfterAll
    static void dropTables() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ComplianceStore newStore() {
        assumeTrue(database != null, TestDatabase.MARIADB_SKIPPED);
        return database.freshStore();
    }
}
