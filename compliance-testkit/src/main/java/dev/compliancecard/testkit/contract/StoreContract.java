package dev.compliancecard.testkit.contract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.spi.StoreTransaction;
import dev.compliancecard.spi.StoreWork;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SuppressionEntry;

/**
 * What every contract of the suite builds on: the store under test and short ways to read it.
 *
 * <p>The contracts are interfaces whose tests are default methods, so that one test class can
 * run many of them and a test report lists every test under that class's name.
 * {@link ComplianceStoreContract} runs them all; a class that picks some must implement
 * {@link #store()} and give each test a fresh, empty store (for example from a
 * {@code @BeforeEach} method). Tests run one at a time; no test shares a store with another.
 */
public interface StoreContract {

    /**
     * Returns the store of the running test.
     *
     * @return a store that held nothing when the test started; never null
     */
    ComplianceStore store();

    /**
     * Runs work in one transaction of the store under test.
     *
     * @param <T> what the work returns
     * @param work the work
     * @return what the work returned
     */
    default <T> T inTransaction(StoreWork<T> work) {
        return store().inTransaction(work);
    }

    /**
     * Runs work that returns nothing in one transaction of the store under test.
     *
     * @param work the work
     */
    default void run(Consumer<StoreTransaction> work) {
        store().inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /**
     * Reads a person in a transaction of its own.
     *
     * @param id the person
     * @return the person, if held
     */
    default Optional<Person> findPerson(PersonId id) {
        return store().inTransaction(tx -> tx.persons().find(id));
    }

    /**
     * Counts persons in a transaction of its own.
     *
     * @return how many persons the store holds
     */
    default long personCount() {
        return store().inTransaction(tx -> tx.persons().count());
    }

    /**
     * Reads a card in a transaction of its own.
     *
     * @param id the person
     * @return the card, if held
     */
    default Optional<ComplianceCard> findCard(PersonId id) {
        return store().inTransaction(tx -> tx.cards().find(id));
    }

    /**
     * Reads many cards in a transaction of its own.
     *
     * @param ids the persons
     * @return the cards found, keyed by person
     */
    default Map<PersonId, ComplianceCard> findCards(Collection<PersonId> ids) {
        return store().inTransaction(tx -> tx.cards().findAll(ids));
    }

    /**
     * Counts cards by authorization type in a transaction of its own.
     *
     * @return the counts
     */
    default Map<AuthorizationType, Long> countByAuthorization() {
        return store().inTransaction(tx -> tx.cards().countByAuthorization());
    }

    /**
     * Reads a person's audit trail in a transaction of its own.
     *
     * @param id the person
     * @return the records, oldest first
     */
    default List<AuditRecord> auditTrail(PersonId id) {
        return store().inTransaction(tx -> tx.audit().forPerson(id));
    }

    /**
     * Reads a person's subscription history in a transaction of its own.
     *
     * @param id the person
     * @return the events, oldest first
     */
    default List<SubscriptionEvent> history(PersonId id) {
        return store().inTransaction(tx -> tx.subscriptions().history(id));
    }

    /**
     * Reads a suppression entry in a transaction of its own.
     *
     * @param emailHash the keyed hash
     * @return the entry, if held
     */
    default Optional<SuppressionEntry> findSuppression(String emailHash) {
        return store().inTransaction(tx -> tx.suppressions().find(emailHash));
    }
}
