package dev.compliancecard.testkit.contract;

import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.spi.ComplianceStore;

/** Runs the whole contract suite on the in-memory store. */
class InMemoryComplianceStoreContractTest extends ComplianceStoreContract {

    @Override
    protected ComplianceStore newStore() {
        return new InMemoryComplianceStore();
    }
}
