package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.MANY;
import static dev.compliancecard.testkit.contract.ContractData.CHANGED;
import static dev.compliancecard.testkit.contract.ContractData.emptyCard;
import static dev.compliancecard.testkit.contract.ContractData.id;
import static dev.compliancecard.testkit.contract.ContractData.ids;
import static dev.compliancecard.testkit.contract.ContractData.minimalPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.compliancecard.Actor;
import dev.compliancecard.BulkConfirmation;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.PersonId;

/**
 * What every {@link dev.compliancecard.spi.CardRepository} must do with many cards at once:
 * find and replace any number of them in one transaction, all or none.
 */
public interface BulkCardContract extends StoreContract {

    /** Find all returns the held cards keyed by id and leaves unknown ids out. */
    @Test
    default void findAllReturnsTheHeldCardsKeyedByIdAndLeavesUnknownIdsOut() {
        run(tx -> {
            tx.cards().insert(emptyCard("p-1"));
            tx.cards().insert(emptyCard("p-2"));
            tx.cards().insert(emptyCard("p-3"));
        });

        Map<PersonId, ComplianceCard> found = inTransaction(
                tx -> tx.cards().findAll(List.of(id("p-3"), id("p-9"), id("p-1"))));

        assertThat(found).containsOnly(
                Map.entry(id("p-1"), emptyCard("p-1")),
                Map.entry(id("p-3"), emptyCard("p-3")));
    }

    /** Find all of no ids finds nothing. */
    @Test
    default void findAllOfNoIdsFindsNothing() {
        run(tx -> tx.cards().insert(emptyCard("p-1")));

        assertThat(findCards(List.of())).isEmpty();
    }

    /** Find all tolerates an id named twice. */
    @Test
    default void findAllToleratesAnIdNamedTwice() {
        run(tx -> tx.cards().insert(emptyCard("p-1")));

        Map<PersonId, ComplianceCard> found = inTransaction(
                tx -> tx.cards().findAll(List.of(id("p-1"), id("p-1"))));

        assertThat(found).containsOnlyKeys(id("p-1"));
    }

    /** Update of many cards replaces every one. */
    @Test
    default void updateOfManyCardsReplacesEveryOne() {
        // Given
        List<PersonId> ids = ids("p", 50);
        run(tx -> ids.forEach(id -> tx.cards().insert(emptyCard(id))));
        List<ComplianceCard> changed = new ArrayList<>();
        ids.forEach(id -> changed.add(emptyCard(id).withSource(Source.of(SourceType.IMPORT), CHANGED, "bulk")));
        Collections.reverse(changed);

        // When
        run(tx -> tx.cards().update(changed));

        // Then
        Map<PersonId, ComplianceCard> found = findCards(ids);
        assertThat(found.values()).hasSize(50).allSatisfy(card -> {
            assertThat(card.version()).isEqualTo(2);
            assertThat(card.source()).contains(Source.of(SourceType.IMPORT));
        });
    }

    /** One stale card among many names its person and no card changes. */
    @Test
    default void oneStaleCardAmongManyNamesItsPersonAndNoCardChanges() {
        // Given: p-000025 moved on to version 2; the others are still at version 1
        List<PersonId> ids = ids("p", 50);
        run(tx -> ids.forEach(id -> tx.cards().insert(emptyCard(id))));
        PersonId moved = ids.get(25);
        run(tx -> tx.cards().update(List.of(emptyCard(moved).withSource(Source.of(SourceType.CRM_SYNC),
                CHANGED, "other-writer"))));
        List<ComplianceCard> basedOnVersion1 = new ArrayList<>();
        ids.forEach(id -> basedOnVersion1.add(emptyCard(id).withSource(Source.of(SourceType.IMPORT),
                CHANGED, "bulk")));

        // When / Then
        assertThatThrownBy(() -> run(tx -> tx.cards().update(basedOnVersion1)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.personId()).isEqualTo(moved);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        Map<PersonId, ComplianceCard> found = findCards(ids);
        assertThat(found.values()).filteredOn(card -> !card.personId().equals(moved))
                .hasSize(49)
                .allSatisfy(card -> assertThat(card).isEqualTo(emptyCard(card.personId())));
    }

    /** A hundred thousand cards are found and replaced in one transaction each. */
    @Test
    default void aHundredThousandCardsAreFoundAndReplacedInOneTransactionEach() {
        // Given: more cards than one statement may bind, named in no particular order
        List<PersonId> ids = ids("bulk", MANY);
        run(tx -> ids.forEach(id -> tx.cards().insert(emptyCard(id))));
        List<PersonId> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(7));
        List<PersonId> withUnknown = new ArrayList<>(shuffled);
        withUnknown.add(id("unknown-1"));

        // When
        Map<PersonId, ComplianceCard> found = findCards(withUnknown);
        Authorization legitimateInterest = Authorization.legitimateInterest();
        List<ComplianceCard> changed = new ArrayList<>(MANY);
        for (PersonId id : shuffled) {
            changed.add(found.get(id).withAuthorization(legitimateInterest, CHANGED, "bulk"));
        }
        run(tx -> tx.cards().update(changed));

        // Then
        assertThat(found).hasSize(MANY).doesNotContainKey(id("unknown-1"));
        Map<PersonId, ComplianceCard> after = findCards(ids);
        assertThat(after).hasSize(MANY);
        assertThat(after.values()).allSatisfy(card -> assertThat(card.version()).isEqualTo(2));
        assertThat(countByAuthorization())
                .containsExactly(Map.entry(Authorization.legitimateInterest().type(), (long) MANY));
    }

    /** Bulk change through the entry point changes every found card and audits each once. */
    @Test
    default void bulkChangeThroughTheEntryPointChangesEveryFoundCardAndAuditsEachOnce() {
        // Given
        ComplianceCards cards = ComplianceCards.builder()
                .store(store())
                .clock(Clock.fixed(CHANGED, ZoneOffset.UTC))
                .build();
        Actor actor = Actor.of("editor-7");
        List<PersonId> ids = ids("p", 30);
        ids.forEach(id -> cards.as(actor).addPerson(minimalPerson(id.value())));
        List<PersonId> named = new ArrayList<>(ids);
        named.add(id("p-missing"));

        // When
        BulkConfirmation done = cards.as(actor).forPersons(named)
                .setAuthorization(Authorization.legitimateInterest());

        // Then
        assertThat(done.changed()).isEqualTo(30);
        assertThat(done.notFound()).containsExactly(id("p-missing"));
        for (PersonId id : ids) {
            assertThat(cards.card(id).orElseThrow().version()).isEqualTo(2);
            List<AuditRecord> trail = cards.auditTrail(id);
            assertThat(trail).extracting(AuditRecord::action)
                    .containsExactly(AuditAction.PERSON_ADDED, AuditAction.AUTHORIZATION_SET);
            assertThat(trail.get(1).after()).contains("LEGITIMATE_INTEREST");
        }
    }
}
