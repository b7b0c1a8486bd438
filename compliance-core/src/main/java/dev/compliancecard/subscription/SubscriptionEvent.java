package dev.compliancecard.subscription;

import java.time.Instant;
import java.util.Optional;

import org.immutables.value.Value;

import dev.compliancecard.internal.ValueStyle;
import dev.compliancecard.person.PersonId;

/**
 * One entry of a person's opt-out and opt-in history: when, through which channel, by whom,
 * and with what evidence. The history is append-only.
 *
 * <p>Instances are immutable and thread-safe.
 */
// Immutables' annotations are compile-time only; hosts need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
public abstract class SubscriptionEvent {

    SubscriptionEvent() {
    }

    /**
     * Returns the person the event belongs to.
     *
     * @return the person id, never null
     */
    public abstract PersonId personId();

    /**
     * Returns the status the event sets.
     *
     * @return the status, never null
     */
    public abstract SubscriptionStatus status();

    /**
     * Returns the channel the event came through, such as {@code unsubscribe-link} or {@code crm-sync}.
     *
     * @return the channel, never null
     */
    public abstract String channel();

    /**
     * Returns the id of the actor who recorded the event.
     *
     * @return the actor id, never null
     */
    public abstract String actorId();

    /**
     * Returns when the event happened.
     *
     * @return the instant, never null
     */
    public abstract Instant occurredAt();

    /**
     * Returns the evidence, such as a reference to a signed consent form.
     *
     * @return the evidence, empty if none was given
     */
    public abstract Optional<String> evidence();

    /**
     * Creates an event.
     *
     * @param personId the person
     * @param status the status it sets
     * @param channel the channel
     * @param actorId who
     * @param occurredAt when
     * @param evidence the evidence, or null
     * @return the event
     * @throws NullPointerException if any argument but evidence is null
     */
    public static SubscriptionEvent of(PersonId personId, SubscriptionStatus status, String channel,
            String actorId, Instant occurredAt, String evidence) {
        return new ImmutableSubscriptionEvent.Builder()
                .personId(personId)
                .status(status)
                .channel(channel)
                .actorId(actorId)
                .occurredAt(occurredAt)
                .evidence(Optional.ofNullable(evidence))
                .build();
    }
}
