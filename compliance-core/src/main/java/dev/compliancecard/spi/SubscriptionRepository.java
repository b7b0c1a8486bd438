package dev.compliancecard.spi;

import java.util.List;

import dev.compliancecard.person.PersonId;
import dev.compliancecard.subscription.SubscriptionEvent;

/**
 * The append-only history of opt-outs and opt-ins.
 */
public interface SubscriptionRepository {

    /**
     * Appends an event.
     *
     * @param event the event
     */
    void append(SubscriptionEvent event);

    /**
     * Lists a person's events in the order they were appended.
     *
     * @param personId the person
     * @return the events, possibly empty
     */
    List<SubscriptionEvent> history(PersonId personId);

    /**
     * Removes a person's history, when the person is erased.
     *
     * @param personId the person
     * @return how many events were removed
     */
    int deleteHistory(PersonId personId);
}
