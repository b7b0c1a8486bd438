package dev.compliancecard.card;

import static dev.compliancecard.Refusals.refusal;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

    @ParameterizedTest
    @EnumSource(value = SourceType.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void listedTypesNeedNoDescription(SourceType type) {
        Source source = Source.of(type);

        assertThat(source.type()).isEqualTo(type);
        assertThat(source.description()).isEmpty();
    }

    @Test
    void otherKeepsItsDescription() {
        assertThat(Source.other("Trade fair, Köln").description()).contains("Trade fair, Köln");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0\u3000"})
    void otherWithBlankDescriptionIsRejected(String blank) {
        assertThat(violations(() -> Source.other(blank)))
                .containsExactly("source.description other.description.required");
    }

    @Test
    void otherWithoutDescriptionIsRejected() {
        assertThat(violations(() -> Source.of(SourceType.OTHER))).containsExactly(
                "source.description other.description.required");
    }

    @ParameterizedTest
    @EnumSource(value = SourceType.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void descriptionWithAnotherTypeIsRejectedShowingIt(SourceType type) {
        assertThat(refusal(() -> Source.of(type, "Fair")).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("source.description");
            assertThat(v.rule().code()).isEqualTo("other.only");
            assertThat(v.rejectedValue()).contains("Fair");
        });
    }

    @Test
    void descriptionOfFiveHundredCodePointsIsAccepted() {
        assertThat(Source.other("\u5C55".repeat(Source.MAX_TEXT_LENGTH)).description()).isPresent();
    }

    @Test
    void descriptionOverTheBoundWithControlCharactersReportsBoth() {
        assertThat(violations(() -> Source.other("\u0007".repeat(501)))).containsExactly(
                "source.description text.control-characters", "source.description text.too-long");
    }

    @Test
    void missingTypeIsReportedWithTheDescriptionsRules() {
        assertThat(violations(() -> Source.of(null, "bad\nline"))).containsExactly(
                "source.description text.control-characters", "source.type required");
        assertThat(violations(() -> Source.of(null))).containsExactly("source.type required");
    }
}
