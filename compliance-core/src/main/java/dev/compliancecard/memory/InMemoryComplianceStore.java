package dev.compliancecard.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.PersonNotFoundException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.AuditRepository;
import dev.compliancecard.spi.CardRepository;
import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.spi.PersonRepository;
import dev.compliancecard.spi.StoreTransaction;
import dev.compliancecard.spi.StoreWork;
import dev.compliancecard.spi.SubscriptionRepository;
import dev.compliancecard.spi.SuppressionRepository;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SuppressionEntry;

/**
 * A store that keeps everything in memory, for tests and small hosts. Nothing survives the
 * JVM.
 *
 * <p>Thread-safe: transactions run one at a time, so they are serializable. A transaction that
 * throws is rolled back by undoing its writes in reverse order.
 */
public final class InMemoryComplianceStore implements ComplianceStore {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<PersonId, Person> persons = new HashMap<>();
    private final Map<PersonId, ComplianceCard> cards = new HashMap<>();
    private final Map<PersonId, List<AuditRecord>> audit = new HashMap<>();
    private final Map<PersonId, List<SubscriptionEvent>> subscriptions = new HashMap<>();
    private final Map<String, SuppressionEntry> suppressions = new HashMap<>();

    private Transaction current;

    /** Creates an empty store. */
    public InMemoryComplianceStore() {
    }

    @Override
    public <T> T inTransaction(StoreWork<T> work) {
        lock.lock();
        try {
            if (current != null) {
                return work.run(current);
            }
            Transaction transaction = new Transaction();
            current = transaction;
            try {
                return work.run(transaction);
            } catch (RuntimeException | Error e) {
                transaction.rollback();
                throw e;
            } finally {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @return true if the calling thread runs the store's transaction
     */
    @Override
    public boolean isInTransaction() {
        return lock.isHeldByCurrentThread();
    }

    private final class Transaction implements StoreTransaction {

        private final Deque<Runnable> undo = new ArrayDeque<>();
        private final Persons persons = new Persons(this);
        private final Cards cards = new Cards(this);
        private final Audit audit = new Audit(this);
        private final Subscriptions subscriptions = new Subscriptions(this);
        private final Suppressions suppressions = new Suppressions(this);

        void rollback() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }

        <K, V> void put(Map<K, V> map, K key, V value) {
            V previous = map.put(key, value);
            undo.push(() -> restore(map, key, previous));
        }

        <K, V> boolean remove(Map<K, V> map, K key) {
            V previous = map.remove(key);
            if (previous != null) {
                undo.push(() -> map.put(key, previous));
            }
            return previous != null;
        }

        private <K, V> void restore(Map<K, V> map, K key, V previous) {
            if (previous == null) {
                map.remove(key);
            } else {
                map.put(key, previous);
            }
        }

        <K, V> void appendTo(Map<K, List<V>> map, K key, V value) {
            List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
            list.add(value);
            undo.push(() -> list.remove(list.size() - 1));
        }

        @Override
        public PersonRepository persons() {
            return persons;
        }

        @Override
        public CardRepository cards() {
            return cards;
        }

        @Override
        public AuditRepository audit() {
            return audit;
        }

        @Override
        public SubscriptionRepository subscriptions() {
            return subscriptions;
        }

        @Override
        public SuppressionRepository suppressions() {
            return suppressions;
        }
    }

    private final class Persons implements PersonRepository {

        private final Transaction tx;

        Persons(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public void insert(Person person) {
            if (persons.containsKey(person.id())) {
                throw new DuplicatePersonException(person.id());
            }
            tx.put(persons, person.id(), person);
        }

        @Override
        public void update(Person person) {
            if (!persons.containsKey(person.id())) {
                throw new PersonNotFoundException(person.id());
            }
            tx.put(persons, person.id(), person);
        }

        @Override
        public Optional<Person> find(PersonId id) {
            return Optional.ofNullable(persons.get(id));
        }

        @Override
        public boolean delete(PersonId id) {
            return tx.remove(persons, id);
        }

        @Override
        public long count() {
            return persons.size();
        }
    }

    private final class Cards implements CardRepository {

        private final Transaction tx;

        Cards(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public void insert(ComplianceCard card) {
            if (cards.containsKey(card.personId())) {
                throw new DuplicatePersonException(card.personId());
            }
            tx.put(cards, card.personId(), card);
        }

        @Override
        public Optional<ComplianceCard> find(PersonId personId) {
            return Optional.ofNullable(cards.get(personId));
        }

        @Override
        public Map<PersonId, ComplianceCard> findAll(Collection<PersonId> personIds) {
            Map<PersonId, ComplianceCard> found = new HashMap<>();
            for (PersonId id : personIds) {
                ComplianceCard card = cards.get(id);
                if (card != null) {
                    found.put(id, card);
                }
            }
            return found;
        }

        @Override
        public Map<PersonId, ComplianceCard> lockAll(Collection<PersonId> personIds) {
            // Transactions run one at a time: no other writer can change the cards before this one ends.
            return findAll(personIds);
        }

        @Override
        public void update(List<ComplianceCard> changed) {
            for (ComplianceCard card : changed) {
                ComplianceCard stored = cards.get(card.personId());
                long expected = card.version() - 1;
                if (stored == null || stored.version() != expected) {
                    throw new VersionConflictException(card.personId(), expected,
                            stored == null ? 0 : stored.version());
                }
            }
            for (ComplianceCard card : changed) {
                tx.put(cards, card.personId(), card);
            }
        }

        @Override
        public boolean delete(PersonId personId) {
            return tx.remove(cards, personId);
        }

        @Override
        public Map<AuthorizationType, Long> countByAuthorization() {
            Map<AuthorizationType, Long> counts = new EnumMap<>(AuthorizationType.class);
            for (ComplianceCard card : cards.values()) {
                card.authorization().ifPresent(a -> counts.merge(a.type(), 1L, Long::sum));
            }
            return counts;
        }
    }

    private final class Audit implements AuditRepository {

        private final Transaction tx;

        Audit(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public void append(List<AuditRecord> records) {
            for (AuditRecord record : records) {
                tx.appendTo(audit, record.personId(), record);
            }
        }

        @Override
        public List<AuditRecord> forPerson(PersonId personId) {
            return List.copyOf(audit.getOrDefault(personId, List.of()));
        }
    }

    private final class Subscriptions implements SubscriptionRepository {

        private final Transaction tx;

        Subscriptions(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public void append(SubscriptionEvent event) {
            tx.appendTo(subscriptions, event.personId(), event);
        }

        @Override
        public List<SubscriptionEvent> history(PersonId personId) {
            return List.copyOf(subscriptions.getOrDefault(personId, List.of()));
        }

        @Override
        public int deleteHistory(PersonId personId) {
            List<SubscriptionEvent> held = subscriptions.get(personId);
            int size = held == null ? 0 : held.size();
            tx.remove(subscriptions, personId);
            return size;
        }
    }

    private final class Suppressions implements SuppressionRepository {

        private final Transaction tx;

        Suppressions(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public void add(SuppressionEntry entry) {
            if (!suppressions.containsKey(entry.emailHash())) {
                tx.put(suppressions, entry.emailHash(), entry);
            }
        }

        @Override
        public Optional<SuppressionEntry> find(String emailHash) {
            return Optional.ofNullable(suppressions.get(emailHash));
        }
    }
}
