package dev.compliancecard.testkit.contract;

import org.junit.jupiter.api.BeforeEach;

import dev.compliancecard.spi.ComplianceStore;

/**
 * The whole repository contract suite: persons, cards, bulk actions, audit trail, subscription
 * history, suppression list, time values, text in any script, transactions and concurrent
 * changes. Every {@link ComplianceStore} implementation must pass it.
 *
 * <p>Extend it and implement {@link #newStore()}; every test then runs under the subclass's
 * name, so a report tells the implementations apart:
 *
 * <pre>{@code
 * class MyStoreContractTest extends ComplianceStoreContract {
 *     @Override
 *     protected ComplianceStore newStore() {
 *         return new MyStore(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>Some tests change the JVM's default time zone while they run and restore it afterwards;
 * do not run contract tests in parallel with other tests of the same JVM.
 */
public abstract class ComplianceStoreContract implements PersonRepositoryContract, CardRepositoryContract,
        BulkCardContract, AuditRepositoryContract, SubscriptionRepositoryContract,
        SuppressionRepositoryContract, TimeValuesContract, UnicodeContract, TransactionContract,
        ConcurrentChangeContract {

    private ComplianceStore store;

    /** Creates the suite; subclasses are instantiated by JUnit. */
    protected ComplianceStoreContract() {
    }

    /**
     * Creates the store under test. Called before every test; the store must hold nothing yet
     * (no person, card, audit record, subscription event or suppression entry).
     *
     * @return a fresh, empty store; never null
     */
    protected abstract ComplianceStore newStore();

    @BeforeEach
    final void createStore() {
        store = newStore();
    }

    @Override
    public final ComplianceStore store() {
        return store;
    }
}
