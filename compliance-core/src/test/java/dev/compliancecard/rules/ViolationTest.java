package dev.compliancecard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void messageNamesFieldSentenceCodeAndValue() {
        // When
        Violation violation = Violation.of("authorization.consentDate", Rule.CONSENT_ONLY,
                LocalDate.of(2024, 8, 13), 0);

        // Then
        assertThat(violation.field()).isEqualTo("authorization.consentDate");
        assertThat(violation.rule()).isEqualTo(Rule.CONSENT_ONLY);
        assertThat(violation.rejectedValue()).contains("2024-08-13");
        assertThat(violation.message()).isEqualTo("authorization.consentDate applies to type CONSENT only;"
                + " remove it or choose CONSENT [consent.only]; rejected value: \"2024-08-13\"");
        assertThat(violation).hasToString(violation.message());
    }

    @Test
    void missingValueIsNotShown() {
        Violation violation = Violation.of("source.type", Rule.REQUIRED, null, 0);

        assertThat(violation.rejectedValue()).isEmpty();
        assertThat(violation.message()).isEqualTo("source.type is required and must not be blank [required]");
    }

    @Test
    void personalValueIsNeverKept() {
        Violation violation = Violation.ofPersonal("person.email", Rule.EMAIL_FORMAT, 0);

        assertThat(violation.rejectedValue()).isEmpty();
        assertThat(violation.message())
                .isEqualTo("person.email must have the form local@domain, without spaces [email.format]");
    }

    @Test
    void boundIsFilledIntoTheSentence() {
        Violation violation = Violation.ofPersonal("person.firstName", Rule.TEXT_TOO_LONG, 255);

        assertThat(violation.message()).startsWith("person.firstName must be at most 255 characters long");
    }

    @Test
    void valueOfEightyCodePointsIsShownWhole() {
        String value = "\uD83D\uDE00".repeat(80);

        Violation violation = Violation.of("source.description", Rule.TEXT_TOO_LONG, value, 500);

        assertThat(violation.message()).endsWith("rejected value: \"" + value + "\"");
    }

    @Test
    void longerValueIsCutInTheMessageButKeptWhole() {
        String value = "a".repeat(80) + "b";

        Violation violation = Violation.of("source.description", Rule.TEXT_TOO_LONG, value, 500);

        assertThat(violation.message()).endsWith("rejected value: \"" + "a".repeat(80) + "...\"");
        assertThat(violation.rejectedValue()).contains(value);
    }

    @Test
    void controlCharactersAreEscapedInTheMessage() {
        String value = "a\nb\u001b[31m\u0000\u2028\uD800\u0085";

        Violation violation = Violation.of("authorization.purpose", Rule.TEXT_CONTROL_CHARACTERS, value, 0);

        assertThat(violation.message())
                .endsWith("rejected value: \"a\\u000Ab\\u001B[31m\\u0000\\u2028\\uD800\\u0085\"")
                .doesNotContain("\n", "\u001b", "\u0000", "\u2028", "\uD800", "\u0085");
        assertThat(violation.rejectedValue()).contains(value);
    }

    @Test
    void invisibleFormatCharactersSuchAsBidiControlsAreEscapedInTheMessage() {
        String value = "admin\u202Etxt.exe\u2066\u200B\uFEFF";

        Violation violation = Violation.of("actor.id", Rule.TEXT_UNTRIMMED, value, 0);

        assertThat(violation.message())
                .endsWith("rejected value: \"admin\\u202Etxt.exe\\u2066\\u200B\\uFEFF\"")
                .doesNotContain("\u202E", "\u2066", "\u200B", "\uFEFF");
        assertThat(violation.rejectedValue()).contains(value);
    }

    @Test
    void visibleNonAsciiTextIsShownAsIs() {
        Violation violation = Violation.of("source.description", Rule.OTHER_ONLY, "Messe Köln 展会 \uD83D\uDE00", 0);

        assertThat(violation.message()).endsWith("rejected value: \"Messe Köln 展会 \uD83D\uDE00\"");
    }

    @Test
    void fieldAndRuleAreRequired() {
        assertThatThrownBy(() -> Violation.of(null, Rule.REQUIRED, "x", 0))
                .isInstanceOf(NullPointerException.class).hasMessage("field");
        assertThatThrownBy(() -> Violation.ofPersonal("person.email", null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("rule");
    }

    @Test
    void equalWhenFieldRuleAndValueAreEqual() {
        Violation violation = Violation.of("personIds[2]", Rule.BULK_DUPLICATE, "p-1", 0);

        assertThat(violation)
                .isEqualTo(Violation.of("personIds[2]", Rule.BULK_DUPLICATE, "p-1", 0))
                .hasSameHashCodeAs(Violation.of("personIds[2]", Rule.BULK_DUPLICATE, "p-1", 0))
                .isNotEqualTo(Violation.of("personIds[3]", Rule.BULK_DUPLICATE, "p-1", 0))
                .isNotEqualTo(Violation.of("personIds[2]", Rule.BULK_NULL, "p-1", 0))
                .isNotEqualTo(Violation.of("personIds[2]", Rule.BULK_DUPLICATE, "p-2", 0))
                .isNotEqualTo("personIds[2]");
        assertThat(violation.hashCode())
                .isNotEqualTo(Violation.of("personIds[3]", Rule.BULK_DUPLICATE, "p-1", 0).hashCode());
    }

    @Test
    void valuesCutToTheSameMessageStillDiffer() {
        Violation first = Violation.of("source.description", Rule.TEXT_TOO_LONG, "a".repeat(90), 500);
        Violation second = Violation.of("source.description", Rule.TEXT_TOO_LONG, "a".repeat(91), 500);

        assertThat(first.message()).isEqualTo(second.message());
        assertThat(first).isNotEqualTo(second);
    }
}
