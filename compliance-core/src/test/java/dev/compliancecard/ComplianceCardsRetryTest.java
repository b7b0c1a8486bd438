package dev.compliancecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.ComplianceStore;
import dev.compliancecard.spi.StoreWork;

class ComplianceCardsRetryTest {

    private static final PersonId ID = PersonId.of("p-1");
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void anUnconditionalChangeIsTriedAgainAfterTransientFailuresAndThenApplied() {
        // Given: a store that fails the first three transactions of the change
        FailingStore store = new FailingStore(3);
        ComplianceCards cards = ComplianceCards.builder().store(store).build();
        cards.as(Actor.of("a")).addPerson(Person.builder().id(ID).createdAt(NOW).updatedAt(NOW).build());
        store.failing.set(true);

        // When
        BulkConfirmation done = cards.as(Actor.of("a")).forPersons(List.of(ID))
                .setSource(Source.of(SourceType.IMPORT));

        // Then
        assertThat(done.changed()).isEqualTo(1);
        assertThat(store.attempts.get()).isEqualTo(4);
        assertThat(cards.card(ID).orElseThrow().source()).contains(Source.of(SourceType.IMPORT));
    }

    @Test
    void afterTheLastAttemptTheTransientFailureIsThrownAndNothingChanges() {
        FailingStore store = new FailingStore(Integer.MAX_VALUE);
        ComplianceCards cards = ComplianceCards.builder().store(store).build();
        cards.as(Actor.of("a")).addPerson(Person.builder().id(ID).createdAt(NOW).updatedAt(NOW).build());
        store.failing.set(true);

        assertThatThrownBy(() -> cards.as(Actor.of("a")).forPerson(ID).setSource(Source.of(SourceType.IMPORT)))
                .isInstanceOf(TransientStoreException.class);

        assertThat(store.attempts.get()).isEqualTo(ComplianceCards.ATTEMPTS);
        store.failing.set(false);
        assertThat(cards.card(ID).orElseThrow().source()).isEmpty();
    }

    /** An in-memory store whose transactions fail as deadlocks a given number of times. */
    private static final class FailingStore implements ComplianceStore {
        private final InMemoryComplianceStore target = new InMemoryComplianceStore();
        private final AtomicBoolean failing = new AtomicBoolean();
        private final AtomicInteger attempts = new AtomicInteger();
        private final int failures;

        FailingStore(int failures) {
            this.failures = failures;
        }

        @Override
        public <T> T inTransaction(StoreWork<T> work) {
            if (failing.get() && attempts.incrementAndGet() <= failures) {
                throw new TransientStoreException("Could not update the cards: deadlock", null);
            }
            return target.inTransaction(work);
        }

        @Override
        public boolean isInTransaction() {
            return target.isInTransaction();
        }
    }
}
