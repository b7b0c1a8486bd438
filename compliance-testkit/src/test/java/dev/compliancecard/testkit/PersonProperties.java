package dev.compliancecard.testkit;

import static dev.compliancecard.testkit.RuleChecks.assertSatisfiesEveryRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.ViolationException;

class PersonProperties {

    private static final Instant FIRST_STORABLE = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LAST_STORABLE = Instant.parse("9999-12-31T23:59:59.999999Z");

    @Property
    @Label("every generated valid person is accepted, with its parts unchanged, and satisfies every rule")
    void validPersonsAreAccepted(@ForAll("valid") PersonParts parts) {
        Person built = parts.build();

        assertThat(PersonParts.of(built)).isEqualTo(parts);
        assertSatisfiesEveryRule(built);
    }

    @Property
    @Label("every generated invalid person is refused with exactly the rules it breaks, showing no value")
    void invalidPersonsAreRefusedWithExactlyTheirRules(@ForAll("invalid") InvalidPerson sample) {
        ViolationException refusal = catchThrowableOfType(ViolationException.class, () -> sample.parts().build());

        assertThat(refusal).isNotNull();
        assertThat(BrokenRule.of(refusal)).isEqualTo(sample.broken());
        assertThat(refusal.violations()).allSatisfy(v -> assertThat(v.rejectedValue()).isEmpty());
    }

    @Property
    @Label("every generated person id is accepted as it is")
    void validPersonIdsAreAccepted(@ForAll("ids") PersonId id) {
        assertThat(PersonId.of(id.value())).isEqualTo(id);
        assertThat(id.value().codePointCount(0, id.value().length())).isBetween(1, PersonId.MAX_LENGTH);
        assertThat(id.value()).isEqualTo(id.value().strip());
    }

    @Property
    @Label("every generated invalid person id is refused with exactly the rules it breaks")
    void invalidPersonIdsAreRefusedWithExactlyTheirRules(@ForAll("invalidIds") InvalidPersonId sample) {
        ViolationException refusal = catchThrowableOfType(ViolationException.class, () -> PersonId.of(sample.text()));

        assertThat(refusal).isNotNull();
        assertThat(BrokenRule.of(refusal)).isEqualTo(sample.broken());
    }

    @Property
    @Label("a creation or update instant is accepted exactly when every store can keep it")
    void instantsAreAcceptedExactlyWithinTheStorableRange(@ForAll("anyInstants") Instant instant) {
        // Persons keep instants to the microsecond, the finest precision every store keeps.
        Instant kept = instant.truncatedTo(ChronoUnit.MICROS);
        boolean storable = kept.compareTo(FIRST_STORABLE) >= 0 && kept.compareTo(LAST_STORABLE) <= 0;
        Person.Builder builder = Person.builder().id(PersonId.of("p-1"));

        ViolationException refusal = catchThrowableOfType(ViolationException.class,
                () -> builder.createdAt(instant).updatedAt(instant).build());

        if (storable) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isNotNull();
            assertThat(BrokenRule.of(refusal)).containsExactlyInAnyOrder(
                    BrokenRule.of("person.createdAt", Rule.TIME_RANGE),
                    BrokenRule.of("person.updatedAt", Rule.TIME_RANGE));
        }
    }

    @Property
    @Label("a present but blank optional text is refused as blank, in every text field")
    void blankOptionalTextsAreRefused(@ForAll("blanks") String blank) {
        Person.Builder builder = Person.builder().id(PersonId.of("p-1")).createdAt(FIRST_STORABLE)
                .updatedAt(FIRST_STORABLE).firstName(blank).lastName(blank).company(blank).title(blank)
                .email(blank).phoneNumber(blank).website(blank).other(blank).facebook(blank)
                .twitter(blank).linkedIn(blank);

        ViolationException refusal = catchThrowableOfType(ViolationException.class, builder::build);

        assertThat(refusal).isNotNull();
        assertThat(refusal.violations()).hasSize(11)
                .allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_BLANK));
    }

    @Property
    @Label("an email is accepted only if it and its lower-case form both fit in 320 code points")
    void emailBoundHoldsForTheLowerCaseFormToo(@ForAll("expandingEmails") String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        boolean fits = email.codePointCount(0, email.length()) <= 320 && lower.codePointCount(0, lower.length()) <= 320;
        Person.Builder builder = Person.builder().id(PersonId.of("p-1")).createdAt(FIRST_STORABLE)
                .updatedAt(FIRST_STORABLE).email(email);

        ViolationException refusal = catchThrowableOfType(ViolationException.class, builder::build);

        if (fits) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isNotNull();
            assertThat(BrokenRule.of(refusal)).isEqualTo(Set.of(BrokenRule.of("person.email", Rule.TEXT_TOO_LONG)));
        }
    }

    @Provide
    Arbitrary<Instant> anyInstants() {
        Arbitrary<Instant> anywhere = Arbitraries.longs()
                .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> nearEdges = Combinators.combine(Arbitraries.of(FIRST_STORABLE, LAST_STORABLE),
                Arbitraries.longs().between(-2_000, 2_000)).as(Instant::plusNanos);
        return Arbitraries.oneOf(anywhere, nearEdges, PersonArbitraries.unstorableInstants());
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\u00A0\u2007\u202F\u3000\u2003").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> expandingEmails() {
        return Combinators.combine(Arbitraries.integers().between(0, 320), Arbitraries.integers().between(1, 40))
                .as((dotted, plain) -> "\u0130".repeat(dotted) + "a".repeat(plain) + "@x.tr");
    }

    @Provide
    Arbitrary<PersonParts> valid() {
        return PersonArbitraries.personParts();
    }

    @Provide
    Arbitrary<InvalidPerson> invalid() {
        return PersonArbitraries.invalidPersons();
    }

    @Provide
    Arbitrary<PersonId> ids() {
        return PersonArbitraries.personIds();
    }

    @Provide
    Arbitrary<InvalidPersonId> invalidIds() {
        return PersonArbitraries.invalidPersonIds();
    }
}
