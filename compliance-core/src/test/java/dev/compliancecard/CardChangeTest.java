package dev.compliancecard;

import static dev.compliancecard.Fixtures.ALICE;
import static dev.compliancecard.Fixtures.NOW;
import static dev.compliancecard.Fixtures.TODAY;
import static dev.compliancecard.Refusals.refusal;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.ViolationException;

class CardChangeTest {

    private static final PersonId P1 = PersonId.of("p-1");

    private FaultyStore store;
    private ComplianceCards cards;

    @BeforeEach
    void addOnePerson() {
        store = new FaultyStore(new InMemoryComplianceStore());
        cards = Fixtures.cards(store);
        cards.as(Actor.of("importer")).addPerson(Fixtures.person("p-1"), Source.of(SourceType.IMPORT));
    }

    @Test
    void settingTheAuthorizationStampsVersionActorAndTime() {
        // When
        ComplianceCard changed = cards.as(ALICE).forPerson(P1).setAuthorization(Authorization.legitimateInterest());

        // Then
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.changedBy()).isEqualTo("alice");
        assertThat(changed.changedAt()).isEqualTo(NOW);
        assertThat(changed.authorization()).contains(Authorization.legitimateInterest());
        assertThat(changed.source()).contains(Source.of(SourceType.IMPORT));
        assertThat(cards.card(P1)).contains(changed);
    }

    @Test
    void settingTheAuthorizationLeavesOneAuditRecord() {
        cards.as(ALICE).forPerson(P1).setAuthorization(Authorization.consent(TODAY, "Newsletter"));

        assertThat(cards.auditTrail(P1)).last().satisfies(record -> {
            assertThat(record.action()).isEqualTo(AuditAction.AUTHORIZATION_SET);
            assertThat(record.actorId()).isEqualTo("alice");
            assertThat(record.occurredAt()).isEqualTo(NOW);
            assertThat(record.personId()).isEqualTo(P1);
            assertThat(record.before()).isEmpty();
            assertThat(record.after()).contains("CONSENT;consentDate=2025-06-30;purpose=Newsletter");
        });
        assertThat(cards.auditTrail(P1)).hasSize(2);
    }

    @Test
    void settingTheSourceRecordsBeforeAndAfter() {
        ComplianceCard changed = cards.as(ALICE).forPerson(P1).setSource(Source.other("Trade fair"));

        assertThat(changed.source()).contains(Source.other("Trade fair"));
        assertThat(cards.auditTrail(P1)).last().satisfies(record -> {
            assertThat(record.action()).isEqualTo(AuditAction.SOURCE_SET);
            assertThat(record.before()).contains("IMPORT");
            assertThat(record.after()).contains("OTHER;description=Trade fair");
        });
    }

    @Test
    void unsettingIsAChangeToo() {
        ComplianceCard changed = cards.as(ALICE).forPerson(P1).setSource(null);

        assertThat(changed.source()).isEmpty();
        assertThat(changed.version()).isEqualTo(2);
        assertThat(cards.auditTrail(P1)).last().satisfies(record -> {
            assertThat(record.before()).contains("IMPORT");
            assertThat(record.after()).isEmpty();
        });
    }

    @Test
    void settingTheValueTheCardHoldsChangesNothing() {
        ComplianceCard before = cards.card(P1).orElseThrow();

        ComplianceCard after = cards.as(ALICE).forPerson(P1).setSource(Source.of(SourceType.IMPORT));

        assertThat(after).isEqualTo(before);
        assertThat(cards.auditTrail(P1)).hasSize(1);
    }

    @Test
    void consentDatedTodayByTheLibrarysClockIsAccepted() {
        ComplianceCard changed = cards.as(ALICE).forPerson(P1).setAuthorization(Authorization.consent(TODAY, "News"));

        assertThat(changed.authorization().orElseThrow().consentDate()).contains(TODAY);
    }

    @Test
    void consentDatedTomorrowIsRefusedAndNothingChanges() {
        ComplianceCard before = cards.card(P1).orElseThrow();
        List<AuditRecord> trail = cards.auditTrail(P1);

        ViolationException refusal = refusal(() -> cards.as(ALICE).forPerson(P1)
                .setAuthorization(Authorization.consent(TODAY.plusDays(1), "Newsletter")));
        int transactions = store.transactions();

        assertThat(refusal.violations()).extracting(v -> v.field() + " " + v.rule().code())
                .containsExactly("authorization.consentDate date.in-future");
        assertThat(refusal).hasMessageStartingWith("Authorization rejected, 1 violation of the rules:");

        assertThat(transactions).as("the store is not even asked").isEqualTo(3);
        assertThat(cards.card(P1)).contains(before);
        assertThat(cards.auditTrail(P1)).isEqualTo(trail);
    }

    @Test
    void theClocksZoneDecidesWhichDayIsToday() {
        Clock evening = Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), ZoneOffset.ofHours(2));
        ComplianceCards east = ComplianceCards.builder().store(store).clock(evening).build();

        ComplianceCard changed = east.as(ALICE).forPerson(P1)
                .setAuthorization(Authorization.consent(LocalDate.of(2025, 7, 1), "Newsletter"));

        assertThat(changed.authorization().orElseThrow().consentDate()).contains(LocalDate.of(2025, 7, 1));
        assertThat(violations(() -> east.as(ALICE).forPerson(P1)
                .setAuthorization(Authorization.consent(LocalDate.of(2025, 7, 2), "Newsletter"))))
                .containsExactly("authorization.consentDate date.in-future");
    }

    @Test
    void changeBasedOnTheCurrentVersionApplies() {
        ComplianceCard changed = cards.as(ALICE).forPerson(P1).expectingVersion(1)
                .setAuthorization(Authorization.legitimateInterest());

        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void staleVersionNeverOverwritesANewerOne() {
        // Given two writers who both read version 1
        CardChange first = cards.as(ALICE).forPerson(P1).expectingVersion(1);
        CardChange second = cards.as(Actor.of("bob")).forPerson(P1).expectingVersion(1);
        ComplianceCard won = first.setAuthorization(Authorization.legitimateInterest());
        List<AuditRecord> trail = cards.auditTrail(P1);

        // When the second writes on the stale version
        VersionConflictException conflict = catchThrowableOfType(VersionConflictException.class,
                () -> second.setAuthorization(Authorization.other("Works council")));

        // Then it is told which person and which versions, and the first change stays
        assertThat(conflict.personId()).isEqualTo(P1);
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(conflict).hasMessage("The card of person 'p-1' is at version 2, but the change was based on"
                + " version 1; nothing was changed: read the card again and retry");
        assertThat(cards.card(P1)).contains(won);
        assertThat(cards.auditTrail(P1)).isEqualTo(trail);
    }

    @Test
    void staleVersionConflictsEvenWhenTheValueIsAlreadyHeld() {
        cards.as(ALICE).forPerson(P1).setAuthorization(Authorization.legitimateInterest());

        assertThatThrownBy(() -> cards.as(ALICE).forPerson(P1).expectingVersion(1)
                .setAuthorization(Authorization.legitimateInterest()))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void expectedVersionBelowOneIsRefused() {
        assertThat(refusal(() -> cards.as(ALICE).forPerson(P1).expectingVersion(0)).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("expectedVersion");
                    assertThat(v.rule().code()).isEqualTo("version.positive");
                    assertThat(v.rejectedValue()).contains("0");
                });
        assertThat(violations(() -> cards.as(ALICE).forPerson(P1).expectingVersion(-5)))
                .containsExactly("expectedVersion version.positive");
    }

    @Test
    void unknownPersonIsReportedAndNothingChanges() {
        PersonId unknown = PersonId.of("p-404");

        PersonNotFoundException e = catchThrowableOfType(PersonNotFoundException.class,
                () -> cards.as(ALICE).forPerson(unknown).setSource(null));

        assertThat(e.personId()).isEqualTo(unknown);
        assertThat(e).hasMessage("No person with id 'p-404' exists");
        assertThat(cards.card(unknown)).isEmpty();
        assertThat(cards.auditTrail(unknown)).isEmpty();
    }

    @Test
    void unconditionalChangeIsRetriedAfterALostRace() {
        store.failNextUpdates(2, () -> new VersionConflictException(P1, 1, 2));

        ComplianceCard changed = cards.as(ALICE).forPerson(P1).setAuthorization(Authorization.legitimateInterest());

        assertThat(changed.version()).isEqualTo(2);
        assertThat(cards.auditTrail(P1)).hasSize(2);
    }

    @Test
    void unconditionalChangeGivesUpAfterEveryAttemptLostAndChangesNothing() {
        store.failNextUpdates(ComplianceCards.ATTEMPTS, () -> new TransientStoreException("deadlock", new RuntimeException()));

        assertThatThrownBy(() -> cards.as(ALICE).forPerson(P1).setAuthorization(Authorization.legitimateInterest()))
                .isInstanceOf(TransientStoreException.class);

        assertThat(cards.card(P1).orElseThrow().version()).isEqualTo(1);
        assertThat(cards.auditTrail(P1)).hasSize(1);
    }

    @Test
    void conditionalChangeIsNeverRetried() {
        store.failNextUpdates(1, () -> new VersionConflictException(P1, 1, 2));

        assertThatThrownBy(() -> cards.as(ALICE).forPerson(P1).expectingVersion(1)
                .setAuthorization(Authorization.legitimateInterest()))
                .isInstanceOf(VersionConflictException.class);

        assertThat(cards.card(P1).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void otherStoreFailuresAreNotRetried() {
        store.failNextUpdates(1, () -> new StoreException("disk full"));

        assertThatThrownBy(() -> cards.as(ALICE).forPerson(P1).setSource(null)).isInstanceOf(StoreException.class)
                .hasMessage("disk full");

        assertThat(cards.card(P1).orElseThrow().source()).contains(Source.of(SourceType.IMPORT));
        cards.as(ALICE).forPerson(P1).setSource(null);
        assertThat(cards.card(P1).orElseThrow().source()).isEmpty();
    }

    @Test
    void failureAfterTheCardWasWrittenLeavesNoTrace() {
        ComplianceCard before = cards.card(P1).orElseThrow();
        store.failAuditAppends(true);

        assertThatThrownBy(() -> cards.as(ALICE).forPerson(P1).setSource(null)).isInstanceOf(StoreException.class);

        assertThat(cards.card(P1)).contains(before);
        assertThat(cards.auditTrail(P1)).hasSize(1);
    }
}
