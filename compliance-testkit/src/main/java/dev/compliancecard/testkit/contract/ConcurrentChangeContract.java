package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.CHANGED;
import static dev.compliancecard.testkit.contract.ContractData.ids;
import static dev.compliancecard.testkit.contract.ContractData.minimalPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.compliancecard.Actor;
import dev.compliancecard.BulkConfirmation;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.ComplianceException;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.audit.AuditValues;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.PersonId;

/**
 * What every {@link dev.compliancecard.spi.ComplianceStore} must do when changes run at the
 * same time on many threads: a change that reads cards to write them keeps them from other
 * writers until it ends, so that bulk changes and single changes without a version wait for each
 * other instead of failing, and every change is audited exactly once.
 */
public interface ConcurrentChangeContract extends StoreContract {

    /** How many persons the changes share. */
    int PERSONS = 40;
    /** How many bulk changes of every person run one after another. */
    int BULKS = 6;
    /** How many threads make single changes while the bulk changes run. */
    int EDITORS = 3;

    /**
     * Bulk changes do not starve under concurrent single changes: none fails, and every card's
     * audit trail holds one record per version step, each starting from the value the one before
     * left.
     */
    @Test
    default void bulkChangesDoNotStarveUnderConcurrentSingleChangesAndEveryChangeIsAuditedOnce() {
        // Given
        ComplianceCards cards = ComplianceCards.builder()
                .store(store())
                .clock(Clock.fixed(CHANGED, ZoneOffset.UTC))
                .build();
        List<PersonId> ids = ids("p", PERSONS);
        ids.forEach(id -> cards.as(Actor.of("importer")).addPerson(minimalPerson(id.value())));
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS + 1);
        AtomicBoolean bulksDone = new AtomicBoolean();
        List<ComplianceException> failures = Collections.synchronizedList(new ArrayList<>());

        // When: one thread changes every card in bulk, again and again, while others change single cards
        Future<Integer> bulkChanges = pool.submit(() -> {
            int changed = 0;
            try {
                for (int round = 0; round < BULKS; round++) {
                    changed += bulkChange(cards, ids, round, failures);
                }
            } finally {
                bulksDone.set(true);
            }
            return changed;
        });
        List<Future<Integer>> singleChanges = new ArrayList<>();
        for (int editor = 0; editor < EDITORS; editor++) {
            int e = editor;
            singleChanges.add(pool.submit(() -> singleChanges(cards, ids, e, bulksDone, failures)));
        }
        pool.shutdown();
        int applied = await(bulkChanges);
        for (Future<Integer> editor : singleChanges) {
            applied += await(editor);
        }

        // Then
        assertThat(failures).as("changes that failed").isEmpty();
        assertThat(applied).isGreaterThanOrEqualTo(BULKS * PERSONS);
        assertThat(auditedChanges(cards, ids)).isEqualTo(applied);
    }

    private static int bulkChange(ComplianceCards cards, List<PersonId> ids, int round,
            List<ComplianceException> failures) {
        try {
            BulkConfirmation done = cards.as(Actor.of("bulk")).forPersons(ids)
                    .setAuthorization(Authorization.other("bulk " + round));
            return done.changed();
        } catch (ComplianceException e) {
            failures.add(e);
            return 0;
        }
    }

    /** Changes random single cards, each to a value of its own, until the bulk changes end. */
    private static int singleChanges(ComplianceCards cards, List<PersonId> ids, int editor,
            AtomicBoolean bulksDone, List<ComplianceException> failures) {
        Random random = new Random(editor);
        int changed = 0;
        for (int n = 0; !bulksDone.get() && n < 2_000; n++) {
            PersonId id = ids.get(random.nextInt(ids.size()));
            try {
                cards.as(Actor.of("editor-" + editor)).forPerson(id)
                        .setAuthorization(Authorization.other("editor " + editor + " change " + n));
                changed++;
            } catch (ComplianceException e) {
                failures.add(e);
            }
        }
        return changed;
    }

    /**
     * Checks each person's trail against the card (one record per version step, each starting
     * from the value the one before it left) and returns how many changes the trails hold.
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

    private static <T> T await(Future<T> future) {
        try {
            return future.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the writers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A writer did not finish", e);
        }
    }
}
