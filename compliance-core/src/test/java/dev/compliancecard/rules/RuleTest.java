package dev.compliancecard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleTest {

    @Test
    void codesAreTheReleasedOnes() {
        // Given the codes hosts translate: they must never change
        Map<Rule, String> released = Map.ofEntries(
                Map.entry(Rule.REQUIRED, "required"),
                Map.entry(Rule.TEXT_TOO_LONG, "text.too-long"),
                Map.entry(Rule.TEXT_CONTROL_CHARACTERS, "text.control-characters"),
                Map.entry(Rule.TEXT_MALFORMED, "text.malformed"),
                Map.entry(Rule.CONSENT_DATE_REQUIRED, "consent.date.required"),
                Map.entry(Rule.CONSENT_PURPOSE_REQUIRED, "consent.purpose.required"),
                Map.entry(Rule.CONSENT_ONLY, "consent.only"),
                Map.entry(Rule.DESCRIPTION_REQUIRED, "other.description.required"),
                Map.entry(Rule.OTHER_ONLY, "other.only"),
                Map.entry(Rule.DATE_IN_FUTURE, "date.in-future"),
                Map.entry(Rule.DATE_TOO_OLD, "date.too-old"),
                Map.entry(Rule.EMAIL_FORMAT, "email.format"),
                Map.entry(Rule.SALESFORCE_ID_FORMAT, "salesforce-id.format"),
                Map.entry(Rule.TEXT_UNTRIMMED, "text.untrimmed"),
                Map.entry(Rule.TEXT_BLANK, "text.blank"),
                Map.entry(Rule.TIME_RANGE, "time.range"),
                Map.entry(Rule.BULK_EMPTY, "bulk.empty"),
                Map.entry(Rule.BULK_DUPLICATE, "bulk.duplicate"),
                Map.entry(Rule.BULK_NULL, "bulk.null"),
                Map.entry(Rule.VERSION_POSITIVE, "version.positive"));

        // When every rule is asked for its code
        Map<Rule, String> actual = Arrays.stream(Rule.values())
                .collect(Collectors.toMap(Function.identity(), Rule::code));

        // Then each is the released code
        assertThat(actual).isEqualTo(released);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyCodeFindsItsRule(Rule rule) {
        assertThat(Rule.ofCode(rule.code())).isSameAs(rule);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everySentenceIsEnglishTextWithoutTheCode(Rule rule) {
        assertThat(rule.sentence()).isNotBlank().doesNotContain("[").matches("[a-z].*");
    }

    @Test
    void onlyTheLengthRuleNamesABound() {
        assertThat(Arrays.stream(Rule.values()).filter(r -> r.sentence().contains("{max}")))
                .containsExactly(Rule.TEXT_TOO_LONG);
    }

    @Test
    void unknownCodeIsRefusedNamingIt() {
        assertThatThrownBy(() -> Rule.ofCode("no.such-rule"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No rule has the code 'no.such-rule'");
    }

    @Test
    void nullCodeIsRefused() {
        assertThatThrownBy(() -> Rule.ofCode(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No rule has the code 'null'");
    }
}
