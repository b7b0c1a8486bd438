package dev.compliancecard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.ViolationException;

class TestkitTest {

    @Test
    void testPersonIsValidAsItIsAndChangeable() {
        Person person = TestPersons.person("p-1").email("grace@example.org").build();

        assertThat(person.id()).isEqualTo(PersonId.of("p-1"));
        assertThat(person.firstName()).contains("Ada");
        assertThat(person.email()).contains("grace@example.org");
        assertThat(person.createdAt()).isBefore(person.updatedAt()).isBefore(TestClock.STANDARD_INSTANT);
    }

    @Test
    void minimalPersonHoldsOnlyWhatIsRequired() {
        Person person = TestPersons.minimalPerson("p-2").build();

        assertThat(TestPersons.personalValues(person)).isEmpty();
        assertThat(person.id().value()).isEqualTo("p-2");
    }

    @Test
    void personsAndIdsAreNumberedFromOne() {
        assertThat(TestPersons.ids("p-", 3)).containsExactly(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"));
        assertThat(TestPersons.persons("c", 2)).extracting(p -> p.id().value()).containsExactly("c1", "c2");
        assertThat(TestPersons.ids("p-", 0)).isEmpty();
        assertThatThrownBy(() -> TestPersons.ids("p-", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative, was -1");
    }

    @Test
    void personalValuesAreListedInExportOrder() {
        Person person = TestPersons.minimalPerson("p-1").lastName("Hopper").email("g@example.org")
                .salesforceId("003000000000001").build();

        assertThat(TestPersons.personalValues(person)).containsExactly("Hopper", "g@example.org", "003000000000001");
    }

    @Test
    void clockStandsStillUntilMoved() {
        TestClock clock = TestClock.standard();

        assertThat(clock.instant()).isEqualTo(TestClock.STANDARD_INSTANT);
        assertThat(clock.today()).isEqualTo(TestClock.STANDARD_TODAY);
        assertThat(clock.advance(Duration.ofHours(12)).today()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(clock.set(Instant.EPOCH).instant()).isEqualTo(Instant.EPOCH);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock).hasToString("TestClock{1970-01-01T00:00:00Z, Z}");
    }

    @Test
    void clockInAnotherZoneSharesTheInstant() {
        TestClock clock = TestClock.standard();
        TestClock east = clock.withZone(ZoneOffset.ofHours(14));

        clock.advance(Duration.ofHours(-1));

        assertThat(east.instant()).isEqualTo(clock.instant());
        assertThat(east.today()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void brokenRulesAreReadFromARefusal() {
        ViolationException refusal = catchThrowableOfType(ViolationException.class,
                () -> Authorization.of(AuthorizationType.OTHER, LocalDate.EPOCH, null, null));

        assertThat(BrokenRule.of(refusal)).containsExactlyInAnyOrder(
                BrokenRule.of("authorization.consentDate", Rule.CONSENT_ONLY),
                BrokenRule.of("authorization.description", Rule.DESCRIPTION_REQUIRED));
        assertThat(BrokenRule.of("source.type", Rule.REQUIRED)).hasToString("source.type required");
        assertThat(BrokenRule.rulesOf(BrokenRule.of(refusal)))
                .containsExactlyInAnyOrder(Rule.CONSENT_ONLY, Rule.DESCRIPTION_REQUIRED);
    }

    @Test
    void labelledSamplesMustBreakARule() {
        SourceParts parts = new SourceParts(SourceType.OTHER, null);

        assertThatThrownBy(() -> new InvalidSource(parts, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvalidPersonId(" ", Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvalidBulkRequest(List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Labelled<>(parts, Set.of()).isInvalid()).isFalse();
        assertThat(new Labelled<>(parts, Set.of(BrokenRule.of("source.description", Rule.DESCRIPTION_REQUIRED)))
                .rules()).containsExactly(Rule.DESCRIPTION_REQUIRED);
    }

    @Test
    void invalidPersonIdPrintsControlCharactersEscaped() {
        InvalidPersonId sample = new InvalidPersonId("a\u0000b\uD800", Set.of(Rule.TEXT_CONTROL_CHARACTERS));

        assertThat(sample.toString()).contains("a\\u0000b\\uD800").doesNotContain("\u0000");
        assertThat(sample.broken()).containsExactly(BrokenRule.of("personId", Rule.TEXT_CONTROL_CHARACTERS));
    }

    @Test
    void personPartsPrintNoPersonalValue() {
        PersonParts parts = PersonParts.of(TestPersons.person("p-1").build());

        assertThat(parts.toString()).contains("p-1").doesNotContain("Ada", "Lovelace", "example.org");
        assertThat(parts.build()).isEqualTo(TestPersons.person("p-1").build());
    }

    @Test
    void partsBuildThroughTheLibrarysFactories() {
        AuthorizationParts consent = new AuthorizationParts(AuthorizationType.CONSENT, LocalDate.EPOCH, "News", null);

        assertThat(consent.build()).isEqualTo(Authorization.consent(LocalDate.EPOCH, "News"));
        assertThat(new SourceParts(SourceType.IMPORT, null).build().type()).isEqualTo(SourceType.IMPORT);
    }

    @Test
    void distinctivePersonsHoldEveryPersonalFieldWithMarks() {
        List<Person> persons = PersonArbitraries.distinctivePersons().sampleStream().limit(20).toList();

        assertThat(persons).allSatisfy(person -> {
            List<String> values = TestPersons.personalValues(person);
            assertThat(values).hasSize(12);
            assertThat(values.subList(0, 11)).allSatisfy(v -> assertThat(v).contains("«", "»"));
            assertThat(person.salesforceId().orElseThrow()).startsWith("ZZ");
        });
    }
}
