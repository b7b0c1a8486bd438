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
@Value.Immutable
@ValueStyle
public abstract class SubscriptionEvent {

    SubscriptionEvent() {
    }

    /** @return the person, never null */
    public abstract PersonId personId();

    /** @return the status the event sets, never null */
    public abstract SubscriptionStatus status();

    /** @return the channel, such as {@code unsubscribe-link} or {@code crm-sync}, never null */
    public abstract String channel();

    /** @return the id of the actor, never null */
    public abstract String actorId();

    /** @return when it happened, never null */
    public abstract Instant occurredAt();

    /** @return the evidence, such as a reference to a signed consent form */
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
