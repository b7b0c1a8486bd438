package dev.compliancecard.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.compliancecard.person.PersonId;

class ComplianceCardTest {

    private static final PersonId ID = PersonId.of("p-1");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2025-01-02T00:00:00Z");

    @Test
    void changingTheAuthorizationRaisesTheVersionAndStampsTheChange() {
        ComplianceCard card = ComplianceCard.of(ID, null, Source.of(SourceType.IMPORT), 1, T0, "importer");

        ComplianceCard changed = card.withAuthorization(Authorization.legitimateInterest(), T1, "alice");

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.changedAt()).isEqualTo(T1);
        assertThat(changed.changedBy()).isEqualTo("alice");
        assertThat(changed.authorization()).contains(Authorization.legitimateInterest());
        assertThat(changed.source()).contains(Source.of(SourceType.IMPORT));
        assertThat(card.version()).isEqualTo(1);
    }

    @Test
    void changingTheSourceKeepsTheAuthorization() {
        ComplianceCard card = ComplianceCard.of(ID, Authorization.legitimateInterest(), null, 4, T0, "alice");

        ComplianceCard changed = card.withSource(Source.other("Fair"), T1, "bob");

        assertThat(changed.version()).isEqualTo(5);
        assertThat(changed.changedBy()).isEqualTo("bob");
        assertThat(changed.source()).contains(Source.other("Fair"));
        assertThat(changed.authorization()).contains(Authorization.legitimateInterest());
    }

    @Test
    void versionBelowOneIsRefused() {
        assertThatThrownBy(() -> ComplianceCard.of(ID, null, null, 0, T0, "alice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A card version must be 1 or greater, was 0");
        assertThat(ComplianceCard.of(ID, null, null, 1, T0, "alice").version()).isEqualTo(1);
    }
}
