package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.SUPPRESSED_HASH;
import static dev.compliancecard.testkit.contract.ContractData.CHANGED;
import static dev.compliancecard.testkit.contract.ContractData.CREATED;
import static dev.compliancecard.testkit.contract.ContractData.emptyCard;
import static dev.compliancecard.testkit.contract.ContractData.fullPerson;
import static dev.compliancecard.testkit.contract.ContractData.id;
import static dev.compliancecard.testkit.contract.ContractData.minimalPerson;
import static dev.compliancecard.testkit.contract.ContractData.optOut;
import static dev.compliancecard.testkit.contract.ContractData.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.subscription.SuppressionEntry;

/**
 * What every {@link dev.compliancecard.spi.ComplianceStore} must do with transactions: keep all
 * of a transaction's writes or none, and let a nested call join the open transaction.
 */
public interface TransactionContract extends StoreContract {

    /** Work that throws leaves nothing of its writes and the exception passes unchanged. */
    @Test
    default void workThatThrowsLeavesNothingOfItsWritesAndTheExceptionPassesUnchanged() {
        // Given
        run(tx -> {
            tx.persons().insert(minimalPerson("p-1"));
            tx.cards().insert(emptyCard("p-1"));
            tx.persons().insert(minimalPerson("p-2"));
            tx.subscriptions().append(optOut(id("p-2"), CREATED));
        });
        IllegalStateException failure = new IllegalStateException("host failure");

        // When
        assertThatThrownBy(() -> run(tx -> {
            tx.persons().update(fullPerson("p-1"));
            tx.cards().update(List.of(emptyCard("p-1").withSource(Source.of(SourceType.IMPORT), CHANGED, "e")));
            tx.persons().insert(minimalPerson("p-3"));
            tx.cards().insert(emptyCard("p-3"));
            tx.persons().delete(id("p-2"));
            tx.subscriptions().deleteHistory(id("p-2"));
            tx.audit().append(List.of(record(id("p-1"), AuditAction.SOURCE_SET, null, "IMPORT")));
            tx.subscriptions().append(optOut(id("p-1"), CHANGED));
            tx.suppressions().add(SuppressionEntry.of(SUPPRESSED_HASH, CHANGED));
            throw failure;
        })).isSameAs(failure);

        // Then
        assertThat(findPerson(id("p-1"))).contains(minimalPerson("p-1"));
        assertThat(findCard(id("p-1"))).contains(emptyCard("p-1"));
        assertThat(findPerson(id("p-2"))).isPresent();
        assertThat(history(id("p-2"))).hasSize(1);
        assertThat(findPerson(id("p-3"))).isEmpty();
        assertThat(findCard(id("p-3"))).isEmpty();
        assertThat(auditTrail(id("p-1"))).isEmpty();
        assertThat(history(id("p-1"))).isEmpty();
        assertThat(findSuppression(SUPPRESSED_HASH)).isEmpty();
    }

    /** What the work returns is returned. */
    @Test
    default void whatTheWorkReturnsIsReturned() {
        run(tx -> tx.persons().insert(minimalPerson("p-1")));

        long count = personCount();

        assertThat(count).isEqualTo(1);
    }

    /** Nested call joins the open transaction and sees its writes. */
    @Test
    default void nestedCallJoinsTheOpenTransactionAndSeesItsWrites() {
        // When
        boolean[] innerSawOuterWrite = new boolean[1];
        boolean outerSawInnerWrite = inTransaction(tx -> {
            tx.persons().insert(minimalPerson("p-1"));
            store().inTransaction(inner -> {
                innerSawOuterWrite[0] = inner.persons().find(id("p-1")).isPresent();
                inner.persons().insert(minimalPerson("p-2"));
                return null;
            });
            return tx.persons().find(id("p-2")).isPresent();
        });

        // Then
        assertThat(innerSawOuterWrite[0]).isTrue();
        assertThat(outerSawInnerWrite).isTrue();
        assertThat(personCount()).isEqualTo(2);
    }

    /**
     * The store tells whether the calling thread runs one of its transactions: inside one and in
     * a nested call it does, before, after and on another thread it does not.
     */
    @Test
    default void aNestedCallReportsBeingInATransactionAndOtherThreadsDoNot() {
        // Given
        boolean before = store().isInTransaction();
        ExecutorService other = Executors.newSingleThreadExecutor();

        // When
        List<Boolean> seen = inTransaction(tx -> {
            boolean inside = store().isInTransaction();
            boolean nested = store().inTransaction(inner -> store().isInTransaction());
            boolean onOtherThread = awaitOn(other, () -> store().isInTransaction());
            return List.of(inside, nested, onOtherThread);
        });
        other.shutdown();

        // Then
        assertThat(before).isFalse();
        assertThat(seen).containsExactly(true, true, false);
        assertThat(store().isInTransaction()).isFalse();
    }

    /** Failure after a nested call returned undoes the nested writes too. */
    @Test
    default void failureAfterANestedCallReturnedUndoesTheNestedWritesToo() {
        IllegalStateException failure = new IllegalStateException("later failure");

        assertThatThrownBy(() -> run(tx -> {
            tx.persons().insert(minimalPerson("p-1"));
            store().inTransaction(inner -> {
                inner.persons().insert(minimalPerson("p-2"));
                inner.cards().insert(emptyCard("p-2"));
                return null;
            });
            throw failure;
        })).isSameAs(failure);

        assertThat(personCount()).isZero();
        assertThat(findCard(id("p-2"))).isEmpty();
    }

    /** Failure in a nested call undoes the whole transaction. */
    @Test
    default void failureInANestedCallUndoesTheWholeTransaction() {
        IllegalArgumentException failure = new IllegalArgumentException("nested failure");

        assertThatThrownBy(() -> run(tx -> {
            tx.persons().insert(minimalPerson("p-1"));
            store().inTransaction(inner -> {
                inner.persons().insert(minimalPerson("p-2"));
                throw failure;
            });
        })).isSameAs(failure);

        assertThat(personCount()).isZero();
    }

    /** Store failure in the middle of work undoes what came before. */
    @Test
    default void storeFailureInTheMiddleOfWorkUndoesWhatCameBefore() {
        // Given
        run(tx -> tx.persons().insert(minimalPerson("p-1")));

        // When: the second insert breaks the store's own rule, after a first write succeeded
        assertThatThrownBy(() -> run(tx -> {
            tx.persons().insert(minimalPerson("p-2"));
            tx.audit().append(List.of(record(id("p-2"), AuditAction.PERSON_ADDED, null, null)));
            tx.persons().insert(minimalPerson("p-1"));
        })).isInstanceOf(DuplicatePersonException.class);

        // Then
        assertThat(findPerson(id("p-2"))).isEmpty();
        assertThat(auditTrail(id("p-2"))).isEmpty();
        assertThat(personCount()).isEqualTo(1);
    }

    /** A transaction can follow a failed one on the same thread. */
    @Test
    default void aTransactionCanFollowAFailedOneOnTheSameThread() {
        assertThatThrownBy(() -> run(tx -> {
            tx.persons().insert(minimalPerson("p-1"));
            throw new IllegalStateException("first fails");
        })).isInstanceOf(IllegalStateException.class);

        run(tx -> tx.persons().insert(minimalPerson("p-1")));

        assertThat(findPerson(id("p-1"))).isPresent();
    }

    private static <T> T awaitOn(ExecutorService executor, Callable<T> task) {
        try {
            return executor.submit(task).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another thread", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The other thread did not answer", e);
        }
    }
}
