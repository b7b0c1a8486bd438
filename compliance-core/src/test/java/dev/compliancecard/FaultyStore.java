package dev.compliancecard;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.AuditRepository;
import dev.compliancecard.spi.CardRepository;
import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.spi.PersonRepository;
import dev.compliancecard.spi.StoreTransaction;
import dev.compliancecard.spi.StoreWork;
import dev.compliancecard.spi.SubscriptionRepository;
import dev.compliancecard.spi.SuppressionRepository;

/**
 * A store that fails on purpose: the audit append can write half of its records and then throw,
 * as a store that loses its connection mid-way would; card updates can throw a given exception
 * a given number of times, after writing, as a lost race would.
 */
final class FaultyStore implements ComplianceStore {

    private final ComplianceStore delegate;
    private volatile boolean failing;
    private volatile int transactions;
    private final AtomicInteger updateFailures = new AtomicInteger();
    private volatile Supplier<RuntimeException> updateFailure;

    FaultyStore(ComplianceStore delegate) {
        this.delegate = delegate;
    }

    void failAuditAppends(boolean failing) {
        this.failing = failing;
    }

    void failNextUpdates(int times, Supplier<RuntimeException> failure) {
        updateFailure = failure;
        updateFailures.set(times);
    }

    int transactions() {
        return transactions;
    }

    @Override
    public <T> T inTransaction(StoreWork<T> work) {
        transactions++;
        return delegate.inTransaction(tx -> work.run(new Transaction(tx)));
    }

    @Override
    public boolean isInTransaction() {
        return delegate.isInTransaction();
    }

    private final class Transaction implements StoreTransaction {
        private final StoreTransaction tx;

        Transaction(StoreTransaction tx) {
            this.tx = tx;
        }

        @Override
        public PersonRepository persons() {
            return tx.persons();
        }

        @Override
        public CardRepository cards() {
            return new ForwardingCardRepository(tx.cards()) {
                @Override
                public void update(List<ComplianceCard> changed) {
                    super.update(changed);
                    if (updateFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw updateFailure.get();
                    }
                }
            };
        }

        @Override
        public AuditRepository audit() {
            AuditRepository audit = tx.audit();
            return new AuditRepository() {
                @Override
                public void append(List<AuditRecord> records) {
                    if (!failing) {
                        audit.append(records);
                        return;
                    }
                    audit.append(records.subList(0, records.size() / 2));
                    throw new StoreException("Appending audit records failed: connection lost");
                }

                @Override
                public List<AuditRecord> forPerson(PersonId personId) {
                    return audit.forPerson(personId);
                }
            };
        }

        @Override
        public SubscriptionRepository subscriptions() {
            return tx.subscriptions();
        }

        @Override
        public SuppressionRepository suppressions() {
            return tx.suppressions();
        }
    }
}
