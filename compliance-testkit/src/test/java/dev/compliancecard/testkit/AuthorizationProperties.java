package dev.compliancecard.testkit;

import static dev.compliancecard.testkit.RuleChecks.assertSatisfiesEveryRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import dev.compliancecard.ComplianceCards;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.rules.ViolationException;

class AuthorizationProperties {

    private static final TestClock CLOCK = TestClock.standard();
    private static final LocalDate TODAY = CLOCK.today();
    private final ComplianceCards cards = ComplianceCards.builder()
            .store(new InMemoryComplianceStore()).clock(CLOCK).build();

    @Property
    @Label("every generated valid authorization is accepted, with its parts unchanged")
    void validAuthorizationsAreAccepted(@ForAll("valid") AuthorizationParts parts) {
        Authorization built = parts.buildWith(cards);

        assertThat(built.type()).isEqualTo(parts.type());
        assertThat(built.consentDate()).isEqualTo(Optional.ofNullable(parts.consentDate()));
        assertThat(built.purpose()).isEqualTo(Optional.ofNullable(parts.purpose()));
        assertThat(built.description()).isEqualTo(Optional.ofNullable(parts.description()));
        assertSatisfiesEveryRule(built, TODAY);
    }

    @Property
    @Label("every authorization the API accepts satisfies every rule; every refusal names exactly the broken rules")
    void acceptedMeansValidAndRefusedMeansExactlyTheBrokenRules(@ForAll("any") Labelled<AuthorizationParts> sample) {
        Statistics.collect(sample.isInvalid() ? "invalid" : "valid");
        try {
            Authorization built = sample.value().buildWith(cards);

            assertThat(sample.broken()).isEmpty();
            assertSatisfiesEveryRule(built, TODAY);
        } catch (ViolationException refusal) {
            assertThat(BrokenRule.of(refusal)).isEqualTo(sample.broken());
        }
    }

    @Property
    @Label("every generated invalid authorization is refused with exactly the rules it breaks")
    void invalidAuthorizationsAreRefusedWithExactlyTheirRules(@ForAll("invalid") InvalidAuthorization sample) {
        ViolationException refusal = catchThrowableOfType(ViolationException.class,
                () -> sample.parts().buildWith(cards));

        assertThat(refusal).as("refusal of %s", sample).isNotNull();
        assertThat(BrokenRule.of(refusal)).isEqualTo(sample.broken());
        assertThat(refusal.violations()).allSatisfy(v -> assertThat(refusal.getMessage()).contains(v.message()));
    }

    @Property
    @Label("the factory without a clock refuses exactly the rules that need no clock")
    void factoryRefusesTheRulesThatNeedNoClock(@ForAll("invalid") InvalidAuthorization sample) {
        Set<BrokenRule> expected = sample.brokenWithoutClock();

        ViolationException refusal = catchThrowableOfType(ViolationException.class, () -> sample.parts().build());

        if (expected.isEmpty()) {
            assertThat(refusal).isNull();
        } else {
            assertThat(BrokenRule.of(refusal)).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<AuthorizationParts> valid() {
        return CardArbitraries.validAuthorizationParts(TODAY);
    }

    @Provide
    Arbitrary<Labelled<AuthorizationParts>> any() {
        return CardArbitraries.authorizationParts(TODAY);
    }

    @Provide
    Arbitrary<InvalidAuthorization> invalid() {
        return CardArbitraries.invalidAuthorizations(TODAY);
    }
}
