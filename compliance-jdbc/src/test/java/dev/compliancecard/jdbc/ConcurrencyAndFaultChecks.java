package dev.compliancecard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.compliancecard.Actor;
import dev.compliancecard.BulkConfirmation;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.ComplianceException;
import dev.compliancecard.StoreException;
import dev.compliancecard.TransientStoreException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.audit.AuditValues;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/**
 * Concurrent writers and a connection killed in the middle of a bulk change, on a real server.
 * Subclasses name the server and how to end one of its sessions from outside.
 */
abstract class ConcurrencyAndFaultChecks {

    private static final Instant NOW = Instant.parse("2024-09-01T10:00:00.123456Z");
    private static final int PERSONS = 300;
    private static final int WRITERS = 4;
    private static final int ROUNDS = 5;
    private static final int WINDOW = 200;

    private JdbcComplianceStore store;

    /** Returns the database of the test class, or null if no connection settings are given. */
    abstract TestDatabase database();

    /** Says how to give the settings, when they are missing. */
    abstract String skipReason();

    /** Returns the server's id of a connection's session. */
    abstract long sessionId(Connection connection) throws SQLException;

    /** Ends a session from another connection, and returns once it is gone. */
    abstract void killSession(DataSource admin, long sessionId) throws SQLException, InterruptedException;

    @BeforeEach
    void freshStore() {
        assumeTrue(database() != null, skipReason());
        store = database().freshStore();
    }

    @Test
    void concurrentBulkChangesOfOverlappingPersonsLoseNoChangeAndAuditEachOnce() throws Exception {
        // Given
        List<PersonId> ids = addPersons(PERSONS);
        ComplianceCards cards = ComplianceCards.builder().store(store).build();
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<Object>>> outcomes = new ArrayList<>();

        // When: every writer sets its own value on a window of persons that overlaps the others'
        for (int writer = 0; writer < WRITERS; writer++) {
            int w = writer;
            outcomes.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                List<Object> results = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    int from = (w * 37 + round * 53) % (PERSONS - WINDOW);
                    results.add(bulkChange(cards, w, round, ids.subList(from, from + WINDOW)));
                }
                return results;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        // Then: failures are clear ones, and the audit trail accounts for every change applied
        int applied = 0;
        int succeeded = 0;
        List<ComplianceException> failures = new ArrayList<>();
        for (Future<List<Object>> outcome : outcomes) {
            for (Object result : outcome.get()) {
                if (result instanceof BulkConfirmation) {
                    applied += ((BulkConfirmation) result).changed();
                    succeeded++;
                } else {
                    failures.add((ComplianceException) result);
                }
            }
        }
        assertThat(succeeded).as("bulk changes that succeeded, of %d", WRITERS * ROUNDS).isPositive();
        assertThat(failures).allSatisfy(failure -> assertThat(failure.getMessage())
                .containsAnyOf("nothing was changed", "nothing was kept"));
        assertThat(auditedChanges(cards, ids)).isEqualTo(applied);
    }

    @Test
    void aConnectionKilledInTheMiddleOfABulkChangeLeavesNothingHalfApplied() throws Exception {
        // Given: enough persons for three update batches, and a server session ended after the first
        List<PersonId> ids = addPersons(2 * 1000 + 500);
        AtomicInteger updateBatches = new AtomicInteger();
        DataSource raw = database().dataSource();
        DataSource disturbed = JdbcProxies.watchingStatements(raw, (connection, sql, method) -> {
            if (sql.startsWith("UPDATE " + database().prefix() + "card") && method.equals("executeBatch")
                    && updateBatches.incrementAndGet() == 2) {
                killSession(database().dataSource(), sessionId(connection));
            }
        });
        ComplianceCards cards = ComplianceCards.builder()
                .store(JdbcComplianceStore.builder(disturbed).tablePrefix(database().prefix()).build())
                .build();

        // When / Then
        Source imported = Source.of(SourceType.IMPORT);
        assertThatThrownBy(() -> cards.as(Actor.of("importer")).forPersons(ids).setSource(imported))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(TransientStoreException.class)
                .hasMessageStartingWith("Could not update the cards of 2500 persons ('p-00000' to 'p-02499')")
                .hasMessageContaining("the connection to the database was closed or lost")
                .hasMessageContaining("nothing of it was kept")
                .hasCauseInstanceOf(SQLException.class);
        assertThat(updateBatches.get()).isEqualTo(2);
        Map<PersonId, ComplianceCard> after = store.inTransaction(tx -> tx.cards().findAll(ids));
        assertThat(after.values()).hasSize(ids.size())
                .allSatisfy(card -> assertThat(card.version()).isEqualTo(1))
                .allSatisfy(card -> assertThat(card.source()).isEmpty());
        assertThat(countRows("SELECT COUNT(*) FROM " + database().prefix() + "audit_record WHERE audit_action = '"
                + AuditAction.SOURCE_SET + "'")).isZero();
    }

    @Test
    void aDeadlockBetweenTwoWritersFailsOneWithATransientErrorAndTheOtherCommits() throws Exception {
        // Given: two cards, and two writers that change them in opposite order
        List<PersonId> ids = addPersons(2);
        CyclicBarrier bothHoldOneLock = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        // When
        Future<Object> first = pool.submit(() -> changeInOrder(ids.get(0), ids.get(1), bothHoldOneLock));
        Future<Object> second = pool.submit(() -> changeInOrder(ids.get(1), ids.get(0), bothHoldOneLock));
        List<Object> results = List.of(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES));
        pool.shutdown();

        // Then
        assertThat(results).filteredOn("committed"::equals).hasSize(1);
        assertThat(results).filteredOn(TransientStoreException.class::isInstance).singleElement()
                .satisfies(failure -> assertThat(((Exception) failure).getMessage())
                        .startsWith("Could not update the cards of person")
                        .contains("deadlock", "trying again may succeed"));
        Map<PersonId, ComplianceCard> after = store.inTransaction(tx -> tx.cards().findAll(ids));
        assertThat(after.values()).allSatisfy(card -> assertThat(card.version()).isEqualTo(2));
    }

    @Test
    void aConflictReportsTheVersionTheDatabaseHoldsNowNotTheOneTheTransactionFirstSaw() {
        // Given: a transaction that read a card at version 1, and another writer that then changed it
        PersonId id = addPersons(1).get(0);
        ExecutorService other = Executors.newSingleThreadExecutor();

        // When
        VersionConflictException conflict = catchThrowableOfType(VersionConflictException.class, () -> store.inTransaction(tx -> {
            ComplianceCard read = tx.cards().find(id).orElseThrow();
            awaitOn(other, () -> store.inTransaction(
                    tx2 -> {
                        tx2.cards().update(List.of(next(tx2.cards().find(id).orElseThrow())));
                        return null;
                    }));
            tx.cards().update(List.of(next(read)));
            return null;
        }));
        other.shutdown();

        // Then
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(conflict).hasMessageStartingWith("The card of person 'p-00000' is at version 2, but the"
                + " change was based on version 1; nothing was changed");
        assertThat(store.inTransaction(tx -> tx.cards().find(id)).orElseThrow().version()).isEqualTo(2);
    }

    private static void awaitOn(ExecutorService executor, Callable<?> task) {
        try {
            executor.submit(task).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other writer failed", e);
        }
    }

    private Object changeInOrder(PersonId first, PersonId second, CyclicBarrier bothHoldOneLock) {
        try {
            return store.inTransaction(tx -> {
                tx.cards().update(List.of(next(tx.cards().find(first).orElseThrow())));
                await(bothHoldOneLock);
                tx.cards().update(List.of(next(tx.cards().find(second).orElseThrow())));
                return "committed";
            });
        } catch (TransientStoreException e) {
            return e;
        }
    }

    private static ComplianceCard next(ComplianceCard card) {
        return card.withSource(Source.of(SourceType.CRM_SYNC), NOW, "sync");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other writer did not arrive", e);
        }
    }

    private static Object bulkChange(ComplianceCards cards, int writer, int round, List<PersonId> ids) {
        Authorization value = Authorization.other("writer " + writer + " round " + round);
        try {
            return cards.as(Actor.of("writer-" + writer)).forPersons(ids).setAuthorization(value);
        } catch (VersionConflictException | TransientStoreException e) {
            return e;
        }
    }

    /**
     * Checks each person's trail against the card (one record per version step, each record
     * starting from the value the one before it left) and returns how many changes it holds.
     */
    private static int auditedChanges(ComplianceCards cards, List<PersonId> ids) {
        int changes = 0;
        for (PersonId id : ids) {
            ComplianceCard card = cards.card(id).orElseThrow();
            List<AuditRecord> trail = cards.auditTrail(id).stream()
                    .filter(record -> record.action() == AuditAction.AUTHORIZATION_SET)
                    .toList();
            assertThat(trail).as("authorization records of %s", id).hasSize((int) card.version() - 1);
            String previous = null;
            for (AuditRecord record : trail) {
                assertThat(record.before().orElse(null)).as("change of %s after %s", id, previous)
                        .isEqualTo(previous);
                previous = record.after().orElse(null);
            }
            assertThat(previous).as("last recorded value of %s", id)
                    .isEqualTo(AuditValues.describe(card.authorization().orElse(null)));
            changes += trail.size();
        }
        return changes;
    }

    private List<PersonId> addPersons(int count) {
        List<PersonId> ids = new ArrayList<>();
        store.inTransaction(tx -> {
            for (int i = 0; i < count; i++) {
                PersonId id = PersonId.of(String.format("p-%05d", i));
                ids.add(id);
                tx.persons().insert(Person.builder().id(id).createdAt(NOW).updatedAt(NOW).build());
                tx.cards().insert(ComplianceCard.of(id, null, null, 1, NOW, "importer"));
                tx.audit().append(List.of(
                        AuditRecord.of(NOW, "importer", AuditAction.PERSON_ADDED, id, null, null)));
            }
            return null;
        });
        return ids;
    }

    private long countRows(String sql) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
