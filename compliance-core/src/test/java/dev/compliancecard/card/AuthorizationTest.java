package dev.compliancecard.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.compliancecard.rules.Rule;
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
    void consentWithoutPurposeIsRejected() {
        assertThatThrownBy(() -> Authorization.consent(DAY, null))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "authorization.purpose", Rule.CONSENT_PURPOSE_REQUIRED)));
    }

    @Test
    void legitimateInterestWithConsentDateIsRejectedNotDropped() {
        assertThatThrownBy(() -> Authorization.of(AuthorizationType.LEGITIMATE_INTEREST, DAY, null, null))
                .isInstanceOfSatisfying(ViolationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("authorization.consentDate");
                        assertThat(v.rule()).isEqualTo(Rule.CONSENT_ONLY);
                        assertThat(v.rejectedValue()).contains("2024-08-13");
                    });
                    assertThat(e.getMessage()).contains("authorization.consentDate", "consent.only",
                            "2024-08-13");
                });
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> Authorization.of(AuthorizationType.OTHER, DAY, "x".repeat(600), " "))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule().code())
                        .containsExactlyInAnyOrder(
                                "authorization.consentDate consent.only",
                                "authorization.purpose consent.only",
                                "authorization.purpose text.too-long",
                                "authorization.description other.description.required"));
    }

    @Test
    void missingTypeIsReportedWithTheOtherBrokenRules() {
        assertThatThrownBy(() -> Authorization.of(null, null, "bad\u0007", null))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule().code())
                        .containsExactlyInAnyOrder(
                                "authorization.type required",
                                "authorization.purpose text.control-characters"));
    }
}
