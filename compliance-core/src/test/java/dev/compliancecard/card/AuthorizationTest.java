package dev.compliancecard.card;

import static dev.compliancecard.Refusals.refusal;
import static dev.compliancecard.Refusals.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;

class AuthorizationTest {

    private static final LocalDate DAY = LocalDate.of(2024, 8, 13);

    @Test
    void consentKeepsDateAndPurpose() {
        Authorization consent = Authorization.consent(DAY, "Newsletter");

        assertThat(consent.type()).isEqualTo(AuthorizationType.CONSENT);
        assertThat(consent.consentDate()).contains(DAY);
        assertThat(consent.purpose()).contains("Newsletter");
        assertThat(consent.description()).isEmpty();
    }

    @Test
    void otherKeepsItsDescription() {
        Authorization other = Authorization.other("Works council agreement");

        assertThat(other.type()).isEqualTo(AuthorizationType.OTHER);
        assertThat(other.description()).contains("Works council agreement");
        assertThat(other.consentDate()).isEmpty();
        assertThat(other.purpose()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = AuthorizationType.class, names = {"CONSENT", "OTHER"}, mode = EnumSource.Mode.EXCLUDE)
    void plainTypesNeedNoFurtherField(AuthorizationType type) {
        Authorization authorization = Authorization.of(type);

        assertThat(authorization.type()).isEqualTo(type);
        assertThat(authorization.consentDate()).isEmpty();
        assertThat(authorization.purpose()).isEmpty();
        assertThat(authorization.description()).isEmpty();
    }

    @Test
    void legitimateInterestIsArticleSixOneF() {
        assertThat(Authorization.legitimateInterest().type()).isEqualTo(AuthorizationType.LEGITIMATE_INTEREST);
        assertThat(AuthorizationType.LEGITIMATE_INTEREST.article6Letter()).contains('f');
        assertThat(AuthorizationType.CONSENT.article6Letter()).contains('a');
        assertThat(AuthorizationType.OTHER.article6Letter()).isEmpty();
    }

    @Test
    void consentWithoutPurposeIsRejected() {
        assertThat(violations(() -> Authorization.consent(DAY, null)))
                .containsExactly("authorization.purpose consent.purpose.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "   \u3000"})
    void consentWithBlankPurposeIsRejectedShowingIt(String blank) {
        ViolationException e = refusal(() -> Authorization.consent(DAY, blank));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("authorization.purpose");
            assertThat(v.rule().code()).isEqualTo("consent.purpose.required");
            assertThat(v.rejectedValue()).contains(blank);
        });
    }

    @Test
    void consentWithoutDateIsRejected() {
        assertThat(violations(() -> Authorization.consent(null, "Newsletter")))
                .containsExactly("authorization.consentDate consent.date.required");
    }

    @Test
    void consentWithNothingReportsBothMissingFields() {
        assertThat(violations(() -> Authorization.of(AuthorizationType.CONSENT)))
                .containsExactly("authorization.consentDate consent.date.required",
                        "authorization.purpose consent.purpose.required");
    }

    @Test
    void legitimateInterestWithConsentDateIsRejectedNotDropped() {
        ViolationException e = refusal(
                () -> Authorization.of(AuthorizationType.LEGITIMATE_INTEREST, DAY, null, null));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("authorization.consentDate");
            assertThat(v.rule().code()).isEqualTo("consent.only");
            assertThat(v.rejectedValue()).contains("2024-08-13");
        });
        assertThat(e.getMessage()).contains("authorization.consentDate", "consent.only", "2024-08-13");
    }

    @ParameterizedTest
    @EnumSource(value = AuthorizationType.class, names = "CONSENT", mode = EnumSource.Mode.EXCLUDE)
    void consentFieldsWithAnotherTypeAreRejected(AuthorizationType type) {
        String description = type == AuthorizationType.OTHER ? "Described" : null;

        assertThat(violations(() -> Authorization.of(type, DAY, "Newsletter", description)))
                .containsExactly("authorization.consentDate consent.only", "authorization.purpose consent.only");
    }

    @Test
    void blankPurposeWithAnotherTypeIsStillRejected() {
        assertThat(violations(() -> Authorization.of(AuthorizationType.CONTRACT_PERFORMANCE, null, " ", null)))
                .containsExactly("authorization.purpose consent.only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u00A0"})
    void otherWithBlankDescriptionIsRejected(String blank) {
        assertThat(violations(() -> Authorization.other(blank)))
                .containsExactly("authorization.description other.description.required");
    }

    @Test
    void otherWithoutDescriptionIsRejected() {
        assertThat(violations(() -> Authorization.other(null)))
                .containsExactly("authorization.description other.description.required");
    }

    @ParameterizedTest
    @EnumSource(value = AuthorizationType.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void descriptionWithAnotherTypeIsRejectedShowingIt(AuthorizationType type) {
        boolean consent = type == AuthorizationType.CONSENT;

        ViolationException e = refusal(() -> Authorization.of(type, consent ? DAY : null,
                consent ? "Newsletter" : null, "Described"));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("authorization.description");
            assertThat(v.rule().code()).isEqualTo("other.only");
            assertThat(v.rejectedValue()).contains("Described");
        });
    }

    @Test
    void purposeOfFiveHundredCodePointsIsAccepted() {
        String purpose = "\uD83D\uDCE7".repeat(Authorization.MAX_TEXT_LENGTH);

        assertThat(Authorization.consent(DAY, purpose).purpose()).contains(purpose);
    }

    @Test
    void purposeOverFiveHundredCodePointsIsRejected() {
        ViolationException e = refusal(() -> Authorization.consent(DAY, "p".repeat(501)));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule().code()).isEqualTo("text.too-long");
            assertThat(v.message()).contains("at most 500 characters");
        });
    }

    @Test
    void descriptionOverFiveHundredCodePointsIsRejected() {
        assertThat(violations(() -> Authorization.other("d".repeat(501))))
                .containsExactly("authorization.description text.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"News\nletter", "News\tletter", "News\u0000letter", "\u001b[2J", "a\u2028b"})
    void purposeWithControlCharactersIsRejected(String purpose) {
        assertThat(violations(() -> Authorization.consent(DAY, purpose)))
                .containsExactly("authorization.purpose text.control-characters");
    }

    @Test
    void descriptionWithControlCharactersIsRejected() {
        assertThat(violations(() -> Authorization.other("Line one\nLine two")))
                .containsExactly("authorization.description text.control-characters");
    }

    @Test
    void malformedPurposeIsRejected() {
        assertThat(violations(() -> Authorization.consent(DAY, "News\uD83Dletter")))
                .containsExactly("authorization.purpose text.malformed");
    }

    @Test
    void consentDateOnTheFirstDayOf1970IsAccepted() {
        assertThat(Authorization.consent(LocalDate.EPOCH, "Newsletter").consentDate()).contains(LocalDate.EPOCH);
    }

    @Test
    void consentDateBefore1970IsRejected() {
        ViolationException e = refusal(() -> Authorization.consent(LocalDate.of(1969, 12, 31), "Newsletter"));

        assertThat(e.violations()).extracting(Violation::field, v -> v.rule().code(), Violation::rejectedValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("authorization.consentDate", "date.too-old",
                        Optional.of("1969-12-31")));
    }

    @Test
    void futureConsentDateIsLeftToTheClockOfTheLibrary() {
        LocalDate farFuture = LocalDate.of(2999, 1, 1);

        assertThat(Authorization.consent(farFuture, "Newsletter").consentDate()).contains(farFuture);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(violations(() -> Authorization.of(AuthorizationType.OTHER, DAY, "x".repeat(600), " ")))
                .containsExactly(
                        "authorization.consentDate consent.only",
                        "authorization.description other.description.required",
                        "authorization.purpose consent.only",
                        "authorization.purpose text.too-long");
    }

    @Test
    void missingTypeIsReportedWithTheOtherBrokenRules() {
        assertThat(violations(() -> Authorization.of(null, LocalDate.of(1900, 1, 1), "bad\u0007", "d".repeat(501))))
                .containsExactly(
                        "authorization.consentDate date.too-old",
                        "authorization.description text.too-long",
                        "authorization.purpose text.control-characters",
                        "authorization.type required");
    }

    @Test
    void missingTypeAloneIsReported() {
        assertThat(violations(() -> Authorization.of(null)))
                .containsExactly("authorization.type required");
    }

    @Test
    void printsEveryField() {
        assertThat(Authorization.consent(DAY, "Newsletter").toString())
                .contains("CONSENT", "2024-08-13", "Newsletter");
    }
}
