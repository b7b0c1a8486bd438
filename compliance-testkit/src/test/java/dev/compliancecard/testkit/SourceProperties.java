package dev.compliancecard.testkit;

import static dev.compliancecard.testkit.RuleChecks.assertSatisfiesEveryRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.compliancecard.card.Source;
import dev.compliancecard.rules.ViolationException;

class SourceProperties {

    @Property
    @Label("every generated valid source is accepted, with its parts unchanged")
    void validSourcesAreAccepted(@ForAll("valid") SourceParts parts) {
        Source built = parts.build();

        assertThat(built.type()).isEqualTo(parts.type());
        assertThat(built.description()).isEqualTo(Optional.ofNullable(parts.description()));
        assertSatisfiesEveryRule(built);
    }

    @Property
    @Label("every source the API accepts satisfies every rule; every refusal names exactly the broken rules")
    void acceptedMeansValidAndRefusedMeansExactlyTheBrokenRules(@ForAll("any") Labelled<SourceParts> sample) {
        try {
            Source built = sample.value().build();

            assertThat(sample.broken()).isEmpty();
            assertSatisfiesEveryRule(built);
        } catch (ViolationException refusal) {
            assertThat(BrokenRule.of(refusal)).isEqualTo(sample.broken());
        }
    }

    @Property
    @Label("every generated invalid source is refused with exactly the rules it breaks")
    void invalidSourcesAreRefusedWithExactlyTheirRules(@ForAll("invalid") InvalidSource sample) {
        ViolationException refusal = catchThrowableOfType(ViolationException.class, () -> sample.parts().build());

        assertThat(refusal).isNotNull();
        assertThat(BrokenRule.of(refusal)).isEqualTo(sample.broken());
    }

    @Provide
    Arbitrary<SourceParts> valid() {
        return CardArbitraries.validSourceParts();
    }

    @Provide
    Arbitrary<Labelled<SourceParts>> any() {
        return CardArbitraries.sourceParts();
    }

    @Provide
    Arbitrary<InvalidSource> invalid() {
        return CardArbitraries.invalidSources();
    }
}
