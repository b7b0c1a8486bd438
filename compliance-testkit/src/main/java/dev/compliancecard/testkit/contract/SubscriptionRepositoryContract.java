package dev.compliancecard.testkit.contract;

import static dev.compliancecard.testkit.contract.ContractData.CHANGED;
import static dev.compliancecard.testkit.contract.ContractData.id;
import static dev.compliancecard.testkit.contract.ContractData.optOut;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.compliancecard.person.PersonId;
import dev.compliancecard.subscription.SubscriptionEvent;
import dev.compliancecard.subscription.SubscriptionStatus;

/**
 * What every {@link dev.compliancecard.spi.SubscriptionRepository} must do: keep each person's
 * opt-outs and opt-ins in order, and forget them only when the person is erased.
 */
public interface SubscriptionRepositoryContract extends StoreContract {

    /** History comes back with every value in the order it was appended. */
    @Test
    default void historyComesBackWithEveryValueInTheOrderItWasAppended() {
        // Given
        PersonId ann = id("p-1");
        List<SubscriptionEvent> events = List.of(
                optOut(ann, CHANGED),
                SubscriptionEvent.of(ann, SubscriptionStatus.OPTED_IN, "admin-console", "admin-3", CHANGED,
                        "signed form 2024-118"),
                SubscriptionEvent.of(ann, SubscriptionStatus.OPTED_OUT, "crm-sync", "salesforce", CHANGED, null));

        // When
        run(tx -> {
            tx.subscriptions().append(events.get(0));
            tx.subscriptions().append(optOut(id("p-2"), CHANGED));
            tx.subscriptions().append(events.get(1));
        });
        run(tx -> tx.subscriptions().append(events.get(2)));

        // Then
        assertThat(history(ann)).containsExactlyElementsOf(events);
        assertThat(history(ann).get(1).evidence())
                .contains("signed form 2024-118");
    }

    /** Person without events has an empty history. */
    @Test
    default void personWithoutEventsHasAnEmptyHistory() {
        run(tx -> tx.subscriptions().append(optOut(id("p-1"), CHANGED)));

        assertThat(history(id("p-2"))).isEmpty();
    }

    /** Delete history removes only that persons events and counts them. */
    @Test
    default void deleteHistoryRemovesOnlyThatPersonsEventsAndCountsThem() {
        // Given
        run(tx -> {
            tx.subscriptions().append(optOut(id("p-1"), CHANGED));
            tx.subscriptions().append(optOut(id("p-2"), CHANGED));
            tx.subscriptions().append(optOut(id("p-1"), CHANGED));
        });

        // When
        int removed = inTransaction(tx -> tx.subscriptions().deleteHistory(id("p-1")));
        int removedAgain = inTransaction(tx -> tx.subscriptions().deleteHistory(id("p-1")));

        // Then
        assertThat(removed).isEqualTo(2);
        assertThat(removedAgain).isZero();
        assertThat(history(id("p-1"))).isEmpty();
        assertThat(history(id("p-2"))).hasSize(1);
    }
}
