package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.CHANGED;
import static dev.compliancecard.testkit.contract.ContractData.CONSENT_DAY;
import static dev.compliancecard.testkit.contract.ContractData.emptyCard;
import static dev.compliancecard.testkit.contract.ContractData.fullCard;
import static dev.compliancecard.testkit.contract.ContractData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;

/**
 * What every {@link dev.compliancecard.spi.CardRepository} must do with single cards: keep one
 * card per person, give it back exactly, and refuse a change based on a version that is no
 * longer current.
 */
public interface CardRepositoryContract extends StoreContract {

    /** Inserted card comes back with every value. */
    @Test
    default void insertedCardComesBackWithEveryValue() {
        ComplianceCard card = fullCard("p-1");

        run(tx -> tx.cards().insert(card));

        ComplianceCard read = findCard(id("p-1")).orElseThrow();
        assertThat(read).isEqualTo(card);
        assertThat(read.authorization().orElseThrow().consentDate()).contains(CONSENT_DAY);
    }

    /** Card with nothing set comes back with nothing set. */
    @Test
    default void cardWithNothingSetComesBackWithNothingSet() {
        run(tx -> tx.cards().insert(emptyCard("p-1")));

        ComplianceCard read = findCard(id("p-1")).orElseThrow();

        assertThat(read.authorization()).isEmpty();
        assertThat(read.source()).isEmpty();
        assertThat(read.version()).isEqualTo(1);
    }

    /** Every authorization type and source type comes back as written. */
    @Test
    default void everyAuthorizationTypeAndSourceTypeComesBackAsWritten() {
        // Given
        List<ComplianceCard> cards = new ArrayList<>();
        int n = 0;
        for (AuthorizationType type : AuthorizationType.values()) {
            for (SourceType sourceType : SourceType.values()) {
                cards.add(ComplianceCard.of(id("p-" + n++), authorizationOf(type), sourceOf(sourceType),
                        3, CHANGED, "editor"));
            }
        }

        // When
        run(tx -> cards.forEach(card -> tx.cards().insert(card)));

        // Then
        for (ComplianceCard card : cards) {
            assertThat(findCard(card.personId())).contains(card);
        }
    }

    /** Inserting a second card for a person throws duplicate person and keeps the first. */
    @Test
    default void insertingASecondCardForAPersonThrowsDuplicatePersonAndKeepsTheFirst() {
        run(tx -> tx.cards().insert(emptyCard("p-1")));

        assertThatThrownBy(() -> run(tx -> tx.cards().insert(fullCard("p-1"))))
                .isInstanceOfSatisfying(DuplicatePersonException.class,
                        e -> assertThat(e.personId()).isEqualTo(id("p-1")));
        assertThat(findCard(id("p-1"))).contains(emptyCard("p-1"));
    }

    /** Card of an unknown person is not found. */
    @Test
    default void cardOfAnUnknownPersonIsNotFound() {
        run(tx -> tx.cards().insert(emptyCard("p-1")));

        assertThat(findCard(id("p-2"))).isEmpty();
    }

    /** Update at the next version replaces the card. */
    @Test
    default void updateAtTheNextVersionReplacesTheCard() {
        // Given
        run(tx -> tx.cards().insert(emptyCard("p-1")));
        ComplianceCard changed = emptyCard("p-1").withAuthorization(Authorization.legitimateInterest(),
                CHANGED, "editor");

        // When
        run(tx -> tx.cards().update(List.of(changed)));

        // Then
        ComplianceCard read = findCard(id("p-1")).orElseThrow();
        assertThat(read).isEqualTo(changed);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.changedBy()).isEqualTo("editor");
    }

    /** Update that unsets values stores them as unset. */
    @Test
    default void updateThatUnsetsValuesStoresThemAsUnset() {
        run(tx -> tx.cards().insert(fullCard("p-1")));
        ComplianceCard cleared = ComplianceCard.of(id("p-1"), null, null, 2, CHANGED, "editor");

        run(tx -> tx.cards().update(List.of(cleared)));

        ComplianceCard read = findCard(id("p-1")).orElseThrow();
        assertThat(read.authorization()).isEmpty();
        assertThat(read.source()).isEmpty();
        assertThat(read.version()).isEqualTo(2);
    }

    /** Update based on a stale version throws conflict naming both versions and changes nothing. */
    @Test
    default void updateBasedOnAStaleVersionThrowsConflictNamingBothVersionsAndChangesNothing() {
        // Given: the card moved on to version 2 after a writer read version 1
        run(tx -> tx.cards().insert(emptyCard("p-1")));
        ComplianceCard first = emptyCard("p-1").withSource(Source.of(SourceType.IMPORT), CHANGED, "a");
        ComplianceCard late = emptyCard("p-1").withSource(Source.of(SourceType.CRM_SYNC), CHANGED, "b");
        run(tx -> tx.cards().update(List.of(first)));

        // When / Then
        assertThatThrownBy(() -> run(tx -> tx.cards().update(List.of(late))))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.personId()).isEqualTo(id("p-1"));
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(findCard(id("p-1"))).contains(first);
    }

    /** Update of a card that is gone throws conflict with actual version zero. */
    @Test
    default void updateOfACardThatIsGoneThrowsConflictWithActualVersionZero() {
        ComplianceCard changed = emptyCard("p-1").withSource(Source.of(SourceType.IMPORT), CHANGED, "a");

        assertThatThrownBy(() -> run(tx -> tx.cards().update(List.of(changed))))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isZero();
                });
        assertThat(findCard(id("p-1"))).isEmpty();
    }

    /** Delete removes the card and tells whether one was held. */
    @Test
    default void deleteRemovesTheCardAndTellsWhetherOneWasHeld() {
        run(tx -> {
            tx.cards().insert(emptyCard("p-1"));
            tx.cards().insert(emptyCard("p-2"));
        });

        boolean first = inTransaction(tx -> tx.cards().delete(id("p-1")));
        boolean second = inTransaction(tx -> tx.cards().delete(id("p-1")));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(findCard(id("p-1"))).isEmpty();
        assertThat(findCard(id("p-2"))).isPresent();
    }

    /** Count by authorization counts each type and skips cards without one. */
    @Test
    default void countByAuthorizationCountsEachTypeAndSkipsCardsWithoutOne() {
        // Given
        run(tx -> {
            tx.cards().insert(fullCard("p-1"));
            tx.cards().insert(fullCard("p-2"));
            tx.cards().insert(ComplianceCard.of(id("p-3"), Authorization.legitimateInterest(), null, 1,
                    CHANGED, "a"));
            tx.cards().insert(emptyCard("p-4"));
        });

        // When
        Map<AuthorizationType, Long> counts = countByAuthorization();

        // Then
        assertThat(counts).containsOnly(
                Map.entry(AuthorizationType.CONSENT, 2L),
                Map.entry(AuthorizationType.LEGITIMATE_INTEREST, 1L));
    }

    private static Authorization authorizationOf(AuthorizationType type) {
        switch (type) {
            case CONSENT:
                return Authorization.consent(CONSENT_DAY, "Product updates");
            case OTHER:
                return Authorization.other("Works council agreement");
            default:
                return Authorization.of(type);
        }
    }

    private static Source sourceOf(SourceType type) {
        return type == SourceType.OTHER ? Source.other("Trade fair badge scan") : Source.of(type);
    }
}
