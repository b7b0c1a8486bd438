package dev.compliancecard.person;

import static dev.compliancecard.Refusals.refusal;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "p-17", "0015g00000AbCdE", "6f1c2a0e-9a55-4c1e-8a61-2b1c7c3d4e5f", "客户 42", "a b"})
    void anyTrimmedVisibleTextIsAnId(String text) {
        PersonId id = PersonId.of(text);

        assertThat(id.value()).isEqualTo(text);
        assertThat(id).hasToString(text);
    }

    @Test
    void idOf128CodePointsIsAccepted() {
        String text = "\uD83D\uDE00".repeat(PersonId.MAX_LENGTH);

        assertThat(PersonId.of(text).value()).isEqualTo(text);
    }

    @Test
    void idOver128CodePointsIsRejectedShowingIt() {
        String text = "x".repeat(129);

        assertThat(refusal(() -> PersonId.of(text)).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("personId");
            assertThat(v.rule().code()).isEqualTo("text.too-long");
            assertThat(v.rejectedValue()).contains(text);
            assertThat(v.message()).contains("at most 128 characters");
        });
    }

    @Test
    void nullIsRejected() {
        assertThat(violations(() -> PersonId.of(null))).containsExactly("personId required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\t"})
    void blankIsRejectedOnlyAsMissing(String blank) {
        assertThat(violations(() -> PersonId.of(blank))).containsExactly("personId required");
    }

    @ParameterizedTest
    @ValueSource(strings = {" p-1", "p-1 ", "\u00A0p-1"})
    void outerSpaceIsRejected(String text) {
        assertThat(violations(() -> PersonId.of(text))).containsExactly("personId text.untrimmed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p\u00001", "p-1\n2", "p\u001b1"})
    void controlCharactersAreRejected(String text) {
        assertThat(violations(() -> PersonId.of(text))).containsExactly("personId text.control-characters");
    }

    @Test
    void malformedTextIsRejected() {
        assertThat(violations(() -> PersonId.of("p\uDE00"))).containsExactly("personId text.malformed");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(violations(() -> PersonId.of(" " + "\u0007".repeat(128))))
                .containsExactly("personId text.control-characters", "personId text.too-long",
                        "personId text.untrimmed");
    }

    @Test
    void idsAreEqualAndOrderedByText() {
        assertThat(PersonId.of("p-1")).isEqualTo(PersonId.of("p-1")).hasSameHashCodeAs(PersonId.of("p-1"))
                .isNotEqualTo(PersonId.of("p-2")).isNotEqualTo("p-1");
        assertThat(PersonId.of("p-1").hashCode()).isEqualTo("p-1".hashCode());
        assertThat(PersonId.of("a").compareTo(PersonId.of("b"))).isNegative();
        assertThat(PersonId.of("b").compareTo(PersonId.of("a"))).isPositive();
        assertThat(PersonId.of("a").compareTo(PersonId.of("a"))).isZero();
    }
}
