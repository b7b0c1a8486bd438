package dev.compliancecard.audit;

import java.time.Instant;
import java.util.Optional;

import org.immutables.value.Value;

import dev.compliancecard.internal.ValueStyle;
import dev.compliancecard.person.PersonId;

/**
 * One append-only entry of the audit trail: when, who, what, for which person, and the
 * compliance values before and after. Records hold ids and compliance values, never a
 * person's personal data, so that erasing a person never rewrites history.
 *
 * <p>Instances are immutable and thread-safe.
 */
// Immutables' annotations are compile-time only; hosts need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
public abstract class AuditRecord {

    AuditRecord() {
    }

    /**
     * Returns when the change happened, by the library's clock.
     *
     * @return the instant, never null
     */
    public abstract Instant occurredAt();

    /**
     * Returns the id of the actor who made the change.
     *
     * @return the actor id, never null
     */
    public abstract String actorId();

    /**
     * Returns what happened.
     *
     * @return the action, never null
     */
    public abstract AuditAction action();

    /**
     * Returns the person the change happened to.
     *
     * @return the person id, never null
     */
    public abstract PersonId personId();

    /**
     * Returns the compliance value before the change, in the text form of {@link AuditValues}.
     *
     * @return the value before, empty if there was none
     */
    public abstract Optional<String> before();

    /**
     * Returns the compliance value after the change, in the text form of {@link AuditValues}.
     *
     * @return the value after, empty if there is none
     */
    public abstract Optional<String> after();

    /**
     * Creates a record.
     *
     * @param occurredAt when it happened
     * @param actorId who did it
     * @param action what happened
     * @param personId to whom
     * @param before the value before, or null
     * @param after the value after, or null
     * @return the record
     * @throws NullPointerException if occurredAt, actorId, action or personId is null
     */
    public static AuditRecord of(Instant occurredAt, String actorId, AuditAction action, PersonId personId,
            String before, String after) {
        return new ImmutableAuditRecord.Builder()
                .occurredAt(occurredAt)
                .actorId(actorId)
                .action(action)
                .personId(personId)
                .before(Optional.ofNullable(before))
                .after(Optional.ofNullable(after))
                .build();
    }
}
