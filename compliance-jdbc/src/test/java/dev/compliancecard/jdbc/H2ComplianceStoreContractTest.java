package dev.compliancecard.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.testkit.contract.ComplianceStoreContract;

/** Runs the whole contract suite on the JDBC store on H2. */
class H2ComplianceStoreContractTest extends ComplianceStoreContract {

    private static TestDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.h2("contract");
    }

    @AfterAll
    static void dropTables() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ComplianceStore newStore() {
        return database.freshStore();
    }
}
