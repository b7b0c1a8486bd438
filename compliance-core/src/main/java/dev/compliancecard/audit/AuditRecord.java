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
@Value.Immutable
@ValueStyle
public abstract class AuditRecord {

    AuditRecord() {
    }

    /** @return when it happened, never null */
    public abstract Instant occurredAt();

    /** @return the id of the actor who did it, never null */
    public abstract String actorId();

    /** @return what happened, never null */
    public abstract AuditAction action();

    /** @return the person it happened to, never null */
    public abstract PersonId personId();

    /** @return the compliance value before, in the form of {@link AuditValues}, if there was one */
    public abstract Optional<String> before();

    /** @return the compliance value after, in the form of {@link AuditValues}, if there is one */
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
