package dev.compliancecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import dev.compliancecard.Actor;
import dev.compliancecard.BulkConfirmation;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.StoreException;
import dev.compliancecard.TransientStoreException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.ViolationException;

class BulkProperties {

    /** What goes wrong in the store during the bulk action. */
    enum Fault {
        NONE, AUDIT_FAILS_HALF_WAY, ONE_LOST_RACE, RACES_LOST_FOR_GOOD, STORE_FAILS_AFTER_WRITING
    }

    private final Actor actor = Actor.of("bulk-user");

    @Property(tries = 300)
    @Label("a bulk action changes all named cards or none, and confirms exactly what it did")
    void bulkActionChangesAllOrNothing(@ForAll @IntRange(min = 1, max = 25) int held,
            @ForAll @IntRange(min = 0, max = 5) int unknown, @ForAll("authorizations") Authorization value,
            @ForAll("subsets") Set<Integer> named, @ForAll("subsets") Set<Integer> alreadySet,
            @ForAll Fault fault) {
        // Given persons of whom some already hold the value
        FaultyStore store = new FaultyStore(new InMemoryComplianceStore());
        ComplianceCards cards = ComplianceCards.builder().store(store).clock(TestClock.standard()).build();
        List<PersonId> ids = TestPersons.ids("p-", held);
        ids.forEach(id -> cards.as(Actor.of("seed")).addPerson(TestPersons.person(id).build()));
        List<PersonId> preset = pick(ids, alreadySet);
        if (!preset.isEmpty()) {
            cards.as(Actor.of("seed")).forPersons(preset).setAuthorization(value);
        }
        List<PersonId> request = new ArrayList<>(pick(ids, named));
        request.addAll(TestPersons.ids("unknown-", unknown));
        if (request.isEmpty()) {
            request.add(ids.get(0));
        }
        Map<PersonId, ComplianceCard> cardsBefore = snapshot(cards, ids);
        Map<PersonId, List<AuditRecord>> trailsBefore = trails(cards, ids);
        boolean anyChange = request.stream().map(cardsBefore::get)
                .anyMatch(card -> card != null && !card.authorization().filter(value::equals).isPresent());
        boolean fails = anyChange && fault != Fault.NONE && fault != Fault.ONE_LOST_RACE;
        inject(store, fault);

        // When
        BulkConfirmation[] done = new BulkConfirmation[1];
        Throwable failure = catchThrowable(() -> done[0] = cards.as(actor).forPersons(request).setAuthorization(value));

        // Then either everything was done, or nothing
        if (fails) {
            assertThat(failure).isInstanceOf(StoreException.class);
            assertThat(snapshot(cards, ids)).isEqualTo(cardsBefore);
            assertThat(trails(cards, ids)).isEqualTo(trailsBefore);
        } else {
            assertThat(failure).isNull();
            assertConfirmed(cards, request, value, done[0], cardsBefore, trailsBefore);
        }
    }

    @Property
    @Label("every generated invalid bulk request is refused with exactly the rules it breaks, and nothing changes")
    void invalidBulkRequestsAreRefusedWithExactlyTheirRules(@ForAll("invalidRequests") InvalidBulkRequest sample,
            @ForAll boolean withAFutureConsent) {
        ComplianceCards cards = ComplianceCards.builder().store(new InMemoryComplianceStore())
                .clock(TestClock.standard()).build();
        List<PersonId> held = new ArrayList<>(new HashSet<>(sample.personIds()));
        held.remove(null);
        held.forEach(id -> cards.as(Actor.of("seed")).addPerson(TestPersons.person(id).build()));
        Map<PersonId, ComplianceCard> before = snapshot(cards, held);
        Set<BrokenRule> expected = new HashSet<>(sample.broken());
        Authorization value = Authorization.legitimateInterest();
        if (withAFutureConsent) {
            value = Authorization.consent(TestClock.STANDARD_TODAY.plusDays(1), "Newsletter");
            expected.add(BrokenRule.of("authorization.consentDate", Rule.DATE_IN_FUTURE));
        }
        Authorization requested = value;

        ViolationException refusal = catchThrowableOfType(ViolationException.class,
                () -> cards.as(actor).forPersons(sample.personIds()).setAuthorization(requested));

        assertThat(BrokenRule.of(refusal)).isEqualTo(expected);
        assertThat(refusal.violations()).hasSize(expected.size());
        assertThat(snapshot(cards, held)).isEqualTo(before);
        held.forEach(id -> assertThat(cards.auditTrail(id)).hasSize(1));
    }

    private static void assertConfirmed(ComplianceCards cards, List<PersonId> request, Authorization value,
            BulkConfirmation done, Map<PersonId, ComplianceCard> cardsBefore,
            Map<PersonId, List<AuditRecord>> trailsBefore) {
        List<PersonId> notFound = new ArrayList<>();
        int changed = 0;
        for (PersonId id : request) {
            ComplianceCard before = cardsBefore.get(id);
            if (before == null) {
                notFound.add(id);
                continue;
            }
            ComplianceCard after = cards.card(id).orElseThrow();
            assertThat(after.authorization()).contains(value);
            boolean held = before.authorization().filter(value::equals).isPresent();
            assertThat(after).isEqualTo(held ? before : before.withAuthorization(value, after.changedAt(), "bulk-user"));
            assertThat(cards.auditTrail(id)).hasSize(trailsBefore.get(id).size() + (held ? 0 : 1));
            changed += held ? 0 : 1;
        }
        notFound.sort(null);
        assertThat(done.requested()).isEqualTo(request.size());
        assertThat(done.changed()).isEqualTo(changed);
        assertThat(done.unchanged()).isEqualTo(request.size() - changed - notFound.size());
        assertThat(done.notFound()).isEqualTo(notFound);
    }

    private static void inject(FaultyStore store, Fault fault) {
        switch (fault) {
            case AUDIT_FAILS_HALF_WAY:
                store.failAuditAppends(true);
                break;
            case ONE_LOST_RACE:
                store.failNextUpdates(1, () -> new VersionConflictException(PersonId.of("p-1"), 1, 2));
                break;
            case RACES_LOST_FOR_GOOD:
                store.failNextUpdates(Integer.MAX_VALUE, () -> new TransientStoreException("deadlock", null));
                break;
            case STORE_FAILS_AFTER_WRITING:
                store.failNextUpdates(1, () -> new StoreException("connection lost"));
                break;
            default:
                break;
        }
    }

    private static List<PersonId> pick(List<PersonId> ids, Set<Integer> positions) {
        List<PersonId> picked = new ArrayList<>();
        positions.stream().filter(i -> i < ids.size()).sorted().forEach(i -> picked.add(ids.get(i)));
        return picked;
    }

    private static Map<PersonId, ComplianceCard> snapshot(ComplianceCards cards, List<PersonId> ids) {
        Map<PersonId, ComplianceCard> snapshot = new HashMap<>();
        ids.forEach(id -> snapshot.put(id, cards.card(id).orElseThrow()));
        return snapshot;
    }

    private static Map<PersonId, List<AuditRecord>> trails(ComplianceCards cards, List<PersonId> ids) {
        Map<PersonId, List<AuditRecord>> trails = new HashMap<>();
        ids.forEach(id -> trails.put(id, cards.auditTrail(id)));
        return trails;
    }

    @Provide
    Arbitrary<Authorization> authorizations() {
        return CardArbitraries.authorizations();
    }

    @Provide
    Arbitrary<Set<Integer>> subsets() {
        return Arbitraries.integers().between(0, 24).set().ofMaxSize(25);
    }

    @Provide
    Arbitrary<InvalidBulkRequest> invalidRequests() {
        return CardArbitraries.invalidBulkRequests();
    }
}
