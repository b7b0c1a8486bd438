package dev.compliancecard;

import static dev.compliancecard.Fixtures.ALICE;
import static dev.compliancecard.Fixtures.NOW;
import static dev.compliancecard.Fixtures.TODAY;
import static dev.compliancecard.Refusals.refusal;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Violation;

class BulkChangeTest {

    private static final Authorization CONSENT = Authorization.consent(TODAY.minusDays(3), "Newsletter");

    private FaultyStore store;
    private ComplianceCards cards;
    private List<PersonId> ids;

    @BeforeEach
    void addFivePersons() {
        store = new FaultyStore(new InMemoryComplianceStore());
        cards = Fixtures.cards(store);
        ids = Fixtures.addPersons(cards, 5);
    }

    @Test
    void setsTheAuthorizationOfEveryNamedPerson() {
        // When
        BulkConfirmation done = cards.as(ALICE).forPersons(ids).setAuthorization(CONSENT);

        // Then
        assertThat(done.requested()).isEqualTo(5);
        assertThat(done.changed()).isEqualTo(5);
        assertThat(done.unchanged()).isZero();
        assertThat(done.notFound()).isEmpty();
        for (PersonId id : ids) {
            ComplianceCard card = cards.card(id).orElseThrow();
            assertThat(card.authorization()).contains(CONSENT);
            assertThat(card.version()).isEqualTo(2);
            assertThat(card.changedBy()).isEqualTo("alice");
            assertThat(card.changedAt()).isEqualTo(NOW);
            assertThat(cards.auditTrail(id)).last().satisfies(record -> {
                assertThat(record.action()).isEqualTo(AuditAction.AUTHORIZATION_SET);
                assertThat(record.actorId()).isEqualTo("alice");
                assertThat(record.occurredAt()).isEqualTo(NOW);
                assertThat(record.before()).isEmpty();
                assertThat(record.after()).contains("CONSENT;consentDate=2025-06-27;purpose=Newsletter");
            });
        }
    }

    @Test
    void countsUnchangedAndNotFoundPersons() {
        // Given two persons already hold the source
        cards.as(ALICE).forPersons(ids.subList(0, 2)).setSource(Source.of(SourceType.IMPORT));
        List<PersonId> named = new ArrayList<>(ids);
        named.add(PersonId.of("p-zz"));
        named.add(PersonId.of("p-aa"));

        // When
        BulkConfirmation done = cards.as(ALICE).forPersons(named).setSource(Source.of(SourceType.IMPORT));

        // Then
        assertThat(done.requested()).isEqualTo(7);
        assertThat(done.changed()).isEqualTo(3);
        assertThat(done.unchanged()).isEqualTo(2);
        assertThat(done.notFound()).containsExactly(PersonId.of("p-aa"), PersonId.of("p-zz"));
        assertThat(cards.auditTrail(ids.get(0))).hasSize(2);
        assertThat(cards.auditTrail(ids.get(4))).hasSize(2);
        assertThat(cards.card(ids.get(0)).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void nothingFoundChangesNothing() {
        BulkConfirmation done = cards.as(ALICE).forPersons(List.of(PersonId.of("nobody")))
                .setSource(Source.of(SourceType.IMPORT));

        assertThat(done.changed()).isZero();
        assertThat(done.notFound()).containsExactly(PersonId.of("nobody"));
    }

    @Test
    void idsAreCopiedWhenTheChangeIsMade() {
        List<PersonId> named = new ArrayList<>(ids.subList(0, 1));
        BulkChange change = cards.as(ALICE).forPersons(named);

        named.add(ids.get(1));
        BulkConfirmation done = change.setSource(Source.of(SourceType.MANUAL_UPLOAD));

        assertThat(done.requested()).isEqualTo(1);
        assertThat(cards.card(ids.get(1)).orElseThrow().source()).isEmpty();
    }

    @Test
    void emptyRequestIsRefusedAndNothingChanges() {
        Map<PersonId, ComplianceCard> before = snapshot();

        assertThat(refusal(() -> cards.as(ALICE).forPersons(List.of()).setSource(Source.of(SourceType.IMPORT)))
                .violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("personIds");
                    assertThat(v.rule().code()).isEqualTo("bulk.empty");
                    assertThat(v.rejectedValue()).isEmpty();
                });

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void nullIdsAreRefusedAtTheirPositionsAndNothingChanges() {
        Map<PersonId, ComplianceCard> before = snapshot();
        List<PersonId> named = Arrays.asList(ids.get(0), null, ids.get(1), null);

        assertThat(violations(() -> cards.as(ALICE).forPersons(named).setAuthorization(CONSENT)))
                .containsExactly("personIds[1] bulk.null", "personIds[3] bulk.null");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void repeatedIdsAreRefusedShowingThemAndNothingChanges() {
        Map<PersonId, ComplianceCard> before = snapshot();
        List<PersonId> named = List.of(ids.get(0), ids.get(1), ids.get(0), ids.get(2), ids.get(0), ids.get(1));

        List<Violation> violations = refusal(() -> cards.as(ALICE).forPersons(named)
                .setSource(Source.of(SourceType.IMPORT))).violations();

        assertThat(violations).extracting(v -> v.field() + " " + v.rule().code() + " " + v.rejectedValue().orElse(""))
                .containsExactly("personIds[2] bulk.duplicate p-1", "personIds[4] bulk.duplicate p-1",
                        "personIds[5] bulk.duplicate p-2");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void badIdsAndABadValueAreReportedTogether() {
        List<PersonId> named = Arrays.asList(ids.get(0), null);

        assertThat(violations(() -> cards.as(ALICE).forPersons(named)
                .setAuthorization(Authorization.consent(TODAY.plusDays(1), "Newsletter"))))
                .containsExactly("authorization.consentDate date.in-future", "personIds[1] bulk.null");
    }

    @Test
    void futureConsentIsRefusedBeforeTheStoreIsAsked() {
        Map<PersonId, ComplianceCard> before = snapshot();
        int transactions = store.transactions();

        assertThat(violations(() -> cards.as(ALICE).forPersons(ids)
                .setAuthorization(Authorization.consent(TODAY.plusDays(1), "Newsletter"))))
                .containsExactly("authorization.consentDate date.in-future");

        assertThat(store.transactions()).isEqualTo(transactions);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void failureMidWayChangesNoCardAndLeavesNoAuditRecord() {
        // Given a store that fails after the cards were written and half the audit records too
        Map<PersonId, ComplianceCard> before = snapshot();
        Map<PersonId, List<AuditRecord>> trails = trails();
        store.failAuditAppends(true);

        // When
        assertThatThrownBy(() -> cards.as(ALICE).forPersons(ids).setAuthorization(CONSENT))
                .isInstanceOf(StoreException.class);

        // Then
        assertThat(snapshot()).isEqualTo(before);
        assertThat(trails()).isEqualTo(trails);
    }

    @Test
    void lostRaceIsRetriedAndAppliesOnce() {
        store.failNextUpdates(1, () -> new VersionConflictException(ids.get(0), 1, 2));

        BulkConfirmation done = cards.as(ALICE).forPersons(ids).setSource(Source.other("Fair"));

        assertThat(done.changed()).isEqualTo(5);
        assertThat(cards.auditTrail(ids.get(0))).hasSize(2);
        assertThat(cards.card(ids.get(0)).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void unsettingInBulkIsAChange() {
        cards.as(ALICE).forPersons(ids).setAuthorization(CONSENT);

        BulkConfirmation done = cards.as(ALICE).forPersons(ids).setAuthorization(null);

        assertThat(done.changed()).isEqualTo(5);
        assertThat(cards.countByAuthorization()).isEmpty();
    }

    @Test
    void aHundredThousandIdsWork() {
        // Given 100,000 persons
        ComplianceCards big = Fixtures.cards();
        List<PersonId> all = IntStream.rangeClosed(1, 100_000)
                .mapToObj(i -> PersonId.of("id-" + i)).collect(Collectors.toList());
        big.store().inTransaction(tx -> {
            for (PersonId id : all) {
                tx.cards().insert(ComplianceCard.of(id, null, null, 1, NOW, "seed"));
            }
            return null;
        });

        // When all are named at once, with some unknown ids
        List<PersonId> named = new ArrayList<>(all);
        named.add(PersonId.of("unknown-1"));
        BulkConfirmation done = big.as(ALICE).forPersons(named).setAuthorization(Authorization.legitimateInterest());

        // Then
        assertThat(done.requested()).isEqualTo(100_001);
        assertThat(done.changed()).isEqualTo(100_000);
        assertThat(done.notFound()).containsExactly(PersonId.of("unknown-1"));
        assertThat(big.countByAuthorization()).containsEntry(AuthorizationType.LEGITIMATE_INTEREST, 100_000L);
        assertThat(big.auditTrail(PersonId.of("id-99999"))).hasSize(1);
    }

    @Test
    void aHundredThousandRepeatedIdsAreRefusedWithEveryRepetition() {
        List<PersonId> named = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < 100_000; i++) {
            named.add(ids.get(i % ids.size()));
        }

        List<Violation> violations = refusal(() -> cards.as(ALICE).forPersons(named).setSource(null)).violations();

        assertThat(violations).hasSize(100_000)
                .allSatisfy(v -> assertThat(v.rule().code()).isEqualTo("bulk.duplicate"));
    }

    private Map<PersonId, ComplianceCard> snapshot() {
        Map<PersonId, ComplianceCard> snapshot = new HashMap<>();
        ids.forEach(id -> snapshot.put(id, cards.card(id).orElseThrow()));
        return snapshot;
    }

    private Map<PersonId, List<AuditRecord>> trails() {
        Map<PersonId, List<AuditRecord>> trails = new HashMap<>();
        ids.forEach(id -> trails.put(id, cards.auditTrail(id)));
        return trails;
    }
}
