package dev.compliancecard.internal;

import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.person.PersonId;

class RulesTest {

    @Test
    void missingBulkIdsBreakOnlyTheRequiredRule() {
        assertThat(violations(() -> Rules.requireValidValue(Requests.class, "personIds", null, "personIds",
                "Bulk request"))).containsExactly("personIds required");
    }

    @Test
    void validValuesPass() {
        Rules.requireValidValue(Requests.class, "personIds", List.of(PersonId.of("a")), "personIds", "Bulk request");
        Rules.requireValidValue(Requests.class, "expectedVersion", 1L, "expectedVersion", "Card change");

        assertThat(violations(() -> Rules.requireValidValue(Requests.class, "expectedVersion", 0L,
                "expectedVersion", "Card change"))).containsExactly("expectedVersion version.positive");
    }

    @Test
    void clockRulesUseTheGivenClockAndNameTheValueByItsType() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneOffset.UTC);
        Authorization tomorrow = Authorization.consent(LocalDate.of(2025, 7, 1), "News");

        Rules.requireValidAt(Rules.validatorAt(clock), Source.of(SourceType.IMPORT));
        Rules.requireValidAt(Rules.validatorAt(clock), Authorization.consent(LocalDate.of(2025, 6, 30), "News"));

        assertThatThrownBy(() -> Rules.requireValidAt(Rules.validatorAt(clock), tomorrow))
                .hasMessageStartingWith("Authorization rejected, 1 violation of the rules:")
                .hasMessageContaining("authorization.consentDate must not lie in the future");
    }

    @Test
    void rejectingValuesThatBreakNothingIsAMistake() {
        assertThatThrownBy(() -> Rules.rejectProperties(Source.class, "Source",
                Rules.property("type", SourceType.IMPORT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rejectProperties needs values that break a rule");
    }
}
