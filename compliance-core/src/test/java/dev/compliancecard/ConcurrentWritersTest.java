package dev.compliancecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.person.PersonId;

class ConcurrentWritersTest {

    private static final int THREADS = 6;
    private static final int CHANGES = 200;

    @Test
    void writersOnTheSameCardLoseNoChange() throws Exception {
        // Given one card and several writers who read, change and retry on conflict
        ComplianceCards cards = Fixtures.cards();
        PersonId id = cards.as(Fixtures.ALICE).addPerson(Fixtures.person("p-1")).personId();

        // When every writer makes its changes, each with a value no one else writes
        List<Integer> conflicts = runAll(THREADS, writer -> {
            int lost = 0;
            for (int i = 0; i < CHANGES; i++) {
                Source value = Source.other("writer " + writer + " change " + i);
                while (true) {
                    ComplianceCard read = cards.card(id).orElseThrow();
                    try {
                        cards.as(Actor.of("w-" + writer)).forPerson(id).expectingVersion(read.version())
                                .setSource(value);
                        break;
                    } catch (VersionConflictException e) {
                        lost++;
                    }
                }
            }
            return lost;
        });

        // Then every change is in the version count and in the audit trail, each exactly once
        ComplianceCard last = cards.card(id).orElseThrow();
        List<AuditRecord> trail = cards.auditTrail(id);
        assertThat(last.version()).isEqualTo(1 + THREADS * CHANGES);
        assertThat(trail).hasSize(1 + THREADS * CHANGES);
        Set<String> written = trail.stream().skip(1).map(r -> r.after().orElseThrow()).collect(Collectors.toSet());
        assertThat(written).hasSize(THREADS * CHANGES);
        assertThat(conflicts).allSatisfy(n -> assertThat(n).isNotNegative());
    }

    @Test
    void ofWritersOnTheSameVersionExactlyOneWins() throws Exception {
        ComplianceCards cards = Fixtures.cards();
        PersonId id = cards.as(Fixtures.ALICE).addPerson(Fixtures.person("p-1")).personId();

        List<Integer> wins = runAll(THREADS, writer -> {
            try {
                cards.as(Fixtures.ALICE).forPerson(id).expectingVersion(1).setSource(Source.other("w" + writer));
                return 1;
            } catch (VersionConflictException e) {
                return 0;
            }
        });

        assertThat(wins.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(cards.card(id).orElseThrow().version()).isEqualTo(2);
        assertThat(cards.auditTrail(id)).hasSize(2);
    }

    @Test
    void unconditionalWritersAreAllApplied() throws Exception {
        ComplianceCards cards = Fixtures.cards();
        List<PersonId> ids = Fixtures.addPersons(cards, 20);

        runAll(THREADS, writer -> {
            for (int i = 0; i < 50; i++) {
                cards.as(Fixtures.ALICE).forPersons(ids).setSource(Source.other("w" + writer + "-" + i));
            }
            return 0;
        });

        for (PersonId id : ids) {
            assertThat(cards.card(id).orElseThrow().version()).isEqualTo(1 + THREADS * 50);
            assertThat(cards.auditTrail(id)).hasSize(1 + THREADS * 50);
        }
    }

    private interface Writer {
        int run(int writer) throws Exception;
    }

    private static List<Integer> runAll(int threads, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int number = t;
                tasks.add(() -> writer.run(number));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
