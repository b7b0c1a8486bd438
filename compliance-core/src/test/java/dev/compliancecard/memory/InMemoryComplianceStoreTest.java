package dev.compliancecard.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.PersonNotFoundException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.StoreTransaction;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SubscriptionStatus;
import dev.compliancecard.subscription.SuppressionEntry;

class InMemoryComplianceStoreTest {

    private static final Instant T = Instant.parse("2025-06-30T12:00:00Z");
    private static final PersonId P1 = PersonId.of("p-1");
    private static final PersonId P2 = PersonId.of("p-2");

    private final InMemoryComplianceStore store = new InMemoryComplianceStore();

    @BeforeEach
    void holdTwoPersons() {
        store.inTransaction(tx -> {
            for (PersonId id : List.of(P1, P2)) {
                tx.persons().insert(person(id, "Ada"));
                tx.cards().insert(card(id, 1));
                tx.audit().append(List.of(record(id)));
            }
            tx.subscriptions().append(event(P1));
            tx.suppressions().add(SuppressionEntry.of("aa11", T));
            return null;
        });
    }

    @Test
    void returnsWhatTheWorkReturns() {
        long count = store.inTransaction(tx -> tx.persons().count());

        assertThat(count).isEqualTo(2);
    }

    @Test
    void failingWorkUndoesEveryWriteInReverseOrder() {
        // Given
        Map<String, Object> before = state();

        // When a transaction writes everywhere, twice to the same keys, then fails
        RuntimeException failure = new IllegalStateException("boom");
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.persons().insert(person(PersonId.of("p-3"), "Eve"));
            tx.persons().update(person(P1, "Changed"));
            tx.persons().update(person(P1, "Changed again"));
            tx.persons().delete(P2);
            tx.cards().insert(card(PersonId.of("p-3"), 1));
            tx.cards().update(List.of(card(P1, 2)));
            tx.cards().update(List.of(card(P1, 3)));
            tx.cards().delete(P2);
            tx.audit().append(List.of(record(P1), record(P1), record(PersonId.of("p-3"))));
            tx.subscriptions().append(event(P1));
            tx.subscriptions().deleteHistory(P1);
            tx.suppressions().add(SuppressionEntry.of("bb22", T));
            throw failure;
        })).isSameAs(failure);

        // Then
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void errorsRollBackToo() {
        Map<String, Object> before = state();

        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.cards().delete(P1);
            throw new AssertionError("fatal");
        })).isInstanceOf(AssertionError.class);

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void successfulWorkKeepsItsWrites() {
        store.inTransaction(tx -> {
            tx.cards().update(List.of(card(P1, 2)));
            tx.persons().delete(P2);
            return null;
        });

        ComplianceCard card = store.inTransaction(tx -> tx.cards().find(P1)).orElseThrow();
        Optional<Person> deleted = store.inTransaction(tx -> tx.persons().find(P2));

        assertThat(card.version()).isEqualTo(2);
        assertThat(deleted).isEmpty();
    }

    @Test
    void updatedPersonIsKept() {
        store.inTransaction(tx -> {
            tx.persons().update(person(P1, "Grace"));
            return null;
        });

        Optional<Person> read = store.inTransaction(tx -> tx.persons().find(P1));

        assertThat(read.orElseThrow().firstName()).contains("Grace");
    }

    @Test
    void historyIsListedInOrder() {
        SubscriptionEvent optIn = SubscriptionEvent.of(P1, SubscriptionStatus.OPTED_IN, "admin", "a-1", T, "form-7");
        store.inTransaction(tx -> {
            tx.subscriptions().append(optIn);
            return null;
        });

        List<SubscriptionEvent> history = store.inTransaction(tx -> tx.subscriptions().history(P1));

        assertThat(history).containsExactly(event(P1), optIn);
    }

    @Test
    void nestedWorkReturnsItsResultInsideTheOuterTransaction() {
        String result = store.inTransaction(tx -> store.inTransaction(inner -> "inner") + " in outer");

        assertThat(result).isEqualTo("inner in outer");
    }

    @Test
    void anotherThreadRunsOnceATransactionEnded() throws Exception {
        store.inTransaction(tx -> tx.persons().count());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Long> count = other.submit(() -> store.inTransaction(tx -> tx.persons().count()));

            assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void anotherThreadRunsAfterAFailedTransaction() throws Exception {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            throw new IllegalStateException("boom");
        }));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Long> count = other.submit(() -> store.inTransaction(tx -> tx.persons().count()));

            assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void nestedWorkJoinsTheOuterTransaction() {
        Map<String, Object> before = state();

        assertThatThrownBy(() -> store.inTransaction(tx -> {
            store.inTransaction(inner -> {
                inner.cards().update(List.of(card(P1, 2)));
                return null;
            });
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void updateAtAnotherVersionWritesNothing() {
        Map<String, Object> before = state();

        VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
                () -> store.inTransaction(tx -> {
                    tx.cards().update(List.of(card(P1, 2), card(P2, 5)));
                    return null;
                }));

        assertThat(e.personId()).isEqualTo(P2);
        assertThat(e.expectedVersion()).isEqualTo(4);
        assertThat(e.actualVersion()).isEqualTo(1);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void updateOfAMissingCardIsAConflictWithVersionZero() {
        PersonId gone = PersonId.of("gone");

        VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
                () -> store.inTransaction(tx -> {
                    tx.cards().update(List.of(card(gone, 2)));
                    return null;
                }));

        assertThat(e.actualVersion()).isZero();
    }

    @Test
    void duplicatesAndMissingPersonsAreRefused() {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.persons().insert(person(P1, "Again"));
            return null;
        })).isInstanceOf(DuplicatePersonException.class);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.cards().insert(card(P1, 1));
            return null;
        })).isInstanceOf(DuplicatePersonException.class);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.persons().update(person(PersonId.of("nobody"), "X"));
            return null;
        })).isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void findsOnlyHeldCards() {
        Map<PersonId, ComplianceCard> found = store.inTransaction(
                tx -> tx.cards().findAll(List.of(P1, PersonId.of("nobody"), P2)));

        assertThat(found).containsOnlyKeys(P1, P2);
    }

    @Test
    void deletesTellWhetherSomethingWasHeld() {
        store.inTransaction(tx -> {
            assertThat(tx.cards().delete(P1)).isTrue();
            assertThat(tx.cards().delete(P1)).isFalse();
            assertThat(tx.persons().delete(P1)).isTrue();
            assertThat(tx.persons().delete(P1)).isFalse();
            assertThat(tx.subscriptions().deleteHistory(P1)).isEqualTo(1);
            assertThat(tx.subscriptions().deleteHistory(P1)).isZero();
            return null;
        });
    }

    @Test
    void suppressionKeepsTheFirstEntry() {
        store.inTransaction(tx -> {
            tx.suppressions().add(SuppressionEntry.of("aa11", T.plusSeconds(60)));
            return null;
        });

        Optional<SuppressionEntry> held = store.inTransaction(tx -> tx.suppressions().find("aa11"));

        assertThat(held).contains(SuppressionEntry.of("aa11", T));
    }

    @Test
    void countsCardsByAuthorization() {
        store.inTransaction(tx -> {
            tx.cards().update(List.of(ComplianceCard.of(P1, Authorization.legitimateInterest(), null, 2, T, "a")));
            return null;
        });

        Map<AuthorizationType, Long> counts = store.inTransaction(tx -> tx.cards().countByAuthorization());

        assertThat(counts).isEqualTo(Map.of(AuthorizationType.LEGITIMATE_INTEREST, 1L));
    }

    private Map<String, Object> state() {
        return store.inTransaction(tx -> Map.of(
                "persons", List.of(find(tx, P1), find(tx, P2), find(tx, PersonId.of("p-3"))),
                "count", tx.persons().count(),
                "cards", tx.cards().findAll(List.of(P1, P2, PersonId.of("p-3"))),
                "audit", List.of(tx.audit().forPerson(P1), tx.audit().forPerson(P2),
                        tx.audit().forPerson(PersonId.of("p-3"))),
                "subscriptions", tx.subscriptions().history(P1),
                "suppressions", List.of(tx.suppressions().find("aa11"), tx.suppressions().find("bb22"))));
    }

    private static Object find(StoreTransaction tx, PersonId id) {
        return tx.persons().find(id);
    }

    private static Person person(PersonId id, String name) {
        return Person.builder().id(id).firstName(name).createdAt(T).updatedAt(T).build();
    }

    private static ComplianceCard card(PersonId id, long version) {
        return ComplianceCard.of(id, null, null, version, T, "seed");
    }

    private static AuditRecord record(PersonId id) {
        return AuditRecord.of(T, "seed", AuditAction.PERSON_ADDED, id, null, null);
    }

    private static SubscriptionEvent event(PersonId id) {
        return SubscriptionEvent.of(id, SubscriptionStatus.OPTED_OUT, "unsubscribe-link", "seed", T, null);
    }
}
