package dev.compliancecard;

import static dev.compliancecard.Fixtures.ALICE;
import static dev.compliancecard.Fixtures.NOW;
import static dev.compliancecard.Fixtures.TODAY;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

class ComplianceCardsTest {

    private final ComplianceCards cards = Fixtures.cards();

    @Test
    void addingAPersonCreatesAnEmptyCardStampedWithActorAndTime() {
        Person person = Fixtures.person("p-1");

        ComplianceCard card = cards.as(ALICE).addPerson(person);

        assertThat(card.personId()).isEqualTo(person.id());
        assertThat(card.version()).isEqualTo(1);
        assertThat(card.authorization()).isEmpty();
        assertThat(card.source()).isEmpty();
        assertThat(card.changedBy()).isEqualTo("alice");
        assertThat(card.changedAt()).isEqualTo(NOW);
        assertThat(cards.person(person.id())).contains(person);
        assertThat(cards.card(person.id())).contains(card);
        assertThat(cards.auditTrail(person.id())).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo(AuditAction.PERSON_ADDED);
            assertThat(record.actorId()).isEqualTo("alice");
            assertThat(record.occurredAt()).isEqualTo(NOW);
            assertThat(record.before()).isEmpty();
            assertThat(record.after()).isEmpty();
        });
    }

    @Test
    void addingAPersonWithASourceRecordsIt() {
        ComplianceCard card = cards.as(ALICE).addPerson(Fixtures.person("p-1"), Source.of(SourceType.CRM_SYNC));

        assertThat(card.source()).contains(Source.of(SourceType.CRM_SYNC));
        assertThat(cards.auditTrail(card.personId())).singleElement()
                .satisfies(record -> assertThat(record.after()).contains("CRM_SYNC"));
    }

    @Test
    void addingAnIdTwiceIsRefusedAndNothingChanges() {
        Person first = Fixtures.person("p-1");
        cards.as(ALICE).addPerson(first);
        Person second = Person.builder().from(first).firstName("Other").build();

        DuplicatePersonException e = catchThrowableOfType(DuplicatePersonException.class,
                () -> cards.as(Actor.of("bob")).addPerson(second, Source.of(SourceType.IMPORT)));

        assertThat(e.personId()).isEqualTo(first.id());
        assertThat(e).hasMessage("A person with id 'p-1' already exists; person ids are never reused");
        assertThat(cards.person(first.id())).contains(first);
        assertThat(cards.card(first.id()).orElseThrow().source()).isEmpty();
        assertThat(cards.auditTrail(first.id())).hasSize(1);
    }

    @Test
    void authorizationFromPartsIsCheckedWithTheLibrarysClock() {
        assertThat(cards.authorizationOf(AuthorizationType.CONSENT, TODAY, "Newsletter", null))
                .isEqualTo(Authorization.consent(TODAY, "Newsletter"));
        assertThat(violations(() -> cards.authorizationOf(AuthorizationType.CONSENT, TODAY.plusDays(1),
                "Newsletter", null))).containsExactly("authorization.consentDate date.in-future");
    }

    @Test
    void authorizationFromPartsReportsTheFutureWithEveryOtherBrokenRule() {
        LocalDate tomorrow = TODAY.plusDays(1);

        assertThat(violations(() -> cards.authorizationOf(AuthorizationType.CONSENT, tomorrow, " ", "d")))
                .containsExactly("authorization.consentDate date.in-future",
                        "authorization.description other.only",
                        "authorization.purpose consent.purpose.required");
        assertThat(violations(() -> cards.authorizationOf(null, tomorrow, null, null)))
                .containsExactly("authorization.consentDate date.in-future", "authorization.type required");
        assertThat(violations(() -> cards.authorizationOf(AuthorizationType.LEGITIMATE_INTEREST, tomorrow, null,
                null))).containsExactly("authorization.consentDate consent.only",
                        "authorization.consentDate date.in-future");
    }

    @Test
    void authorizationFromPartsWithoutFutureDateReportsTheBuildsRules() {
        assertThat(violations(() -> cards.authorizationOf(AuthorizationType.OTHER, null, null, null)))
                .containsExactly("authorization.description other.description.required");
    }

    @Test
    void countsCardsByAuthorizationType() {
        List<PersonId> ids = Fixtures.addPersons(cards, 3);
        cards.as(ALICE).forPersons(ids.subList(0, 2)).setAuthorization(Authorization.legitimateInterest());
        cards.as(ALICE).forPerson(ids.get(2)).setAuthorization(Authorization.other("Described"));

        assertThat(cards.countByAuthorization()).containsExactlyInAnyOrderEntriesOf(Map.of(
                AuthorizationType.LEGITIMATE_INTEREST, 2L, AuthorizationType.OTHER, 1L));
    }

    @Test
    void changesAreStampedToTheMicrosecond() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T12:00:00.123456789Z"), ZoneOffset.UTC);
        ComplianceCards precise = ComplianceCards.builder().store(new InMemoryComplianceStore()).clock(clock).build();

        ComplianceCard card = precise.as(ALICE).addPerson(Fixtures.person("p-1"));

        assertThat(card.changedAt()).isEqualTo(Instant.parse("2025-06-30T12:00:00.123456Z"));
    }

    @Test
    void storeIsRequired() {
        assertThatThrownBy(() -> ComplianceCards.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A store is required: call store(...) before build()");
        assertThatThrownBy(() -> ComplianceCards.builder().store(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ComplianceCards.builder().clock(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> cards.as(null)).hasMessage("actor");
        assertThatThrownBy(() -> cards.card(null)).hasMessage("personId");
        assertThatThrownBy(() -> cards.as(ALICE).forPerson(null)).hasMessage("personId");
        assertThatThrownBy(() -> cards.as(ALICE).forPersons(null)).hasMessage("personIds");
        assertThatThrownBy(() -> cards.as(ALICE).addPerson(null)).hasMessage("person");
    }
}
