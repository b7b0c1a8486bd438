package dev.compliancecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.PersonId;

class VersionProperties {

    /** A writer who read the card some versions ago (0: the current one) and writes a source. */
    record Write(int versionsBehind, Source source) {
    }

    @Property(tries = 300)
    @Label("a change based on a stale version never overwrites a newer one, and says which versions")
    void staleVersionNeverOverwritesANewerOne(@ForAll("writes") List<Write> writes) {
        // Given one card
        ComplianceCards cards = ComplianceCards.builder().store(new InMemoryComplianceStore())
                .clock(TestClock.standard()).build();
        PersonId id = cards.as(Actor.of("seed")).addPerson(TestPersons.person("p-1").build()).personId();

        for (Write write : writes) {
            ComplianceCard current = cards.card(id).orElseThrow();
            List<AuditRecord> trail = cards.auditTrail(id);
            long read = current.version() - write.versionsBehind();
            if (read < 1) {
                continue;
            }

            // When a writer changes it on the version it read
            VersionConflictException conflict = catchThrowableOfType(VersionConflictException.class,
                    () -> cards.as(Actor.of("writer")).forPerson(id).expectingVersion(read).setSource(write.source()));

            // Then a stale writer is refused with both versions and changes nothing
            ComplianceCard after = cards.card(id).orElseThrow();
            if (write.versionsBehind() > 0) {
                assertThat(conflict).isNotNull();
                assertThat(conflict.personId()).isEqualTo(id);
                assertThat(conflict.expectedVersion()).isEqualTo(read);
                assertThat(conflict.actualVersion()).isEqualTo(current.version());
                assertThat(conflict.getMessage()).contains("'" + id + "'", "version " + read,
                        "version " + current.version());
                assertThat(after).isEqualTo(current);
                assertThat(cards.auditTrail(id)).isEqualTo(trail);
            } else {
                boolean same = current.source().filter(write.source()::equals).isPresent();
                assertThat(conflict).isNull();
                assertThat(after.source()).contains(write.source());
                assertThat(after.version()).isEqualTo(current.version() + (same ? 0 : 1));
            }
        }
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        Arbitrary<Integer> behind = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 5)));
        Arbitrary<Source> sources = Arbitraries.oneOf(CardArbitraries.sources(),
                Arbitraries.of(Source.other("same"), Source.other("again")));
        return Combinators.combine(behind, sources).as(Write::new).list().ofMinSize(1).ofMaxSize(20);
    }
}
