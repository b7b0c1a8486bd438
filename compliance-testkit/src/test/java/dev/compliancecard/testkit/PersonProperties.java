package dev.compliancecard.testkit;

import static dev.compliancecard.testkit.RuleChecks.assertSatisfiesEveryRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.ViolationException;

class PersonProperties {

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
