package dev.compliancecard.card;

import java.time.Instant;
import java.util.Optional;

import org.immutables.value.Value;

import dev.compliancecard.internal.ValueStyle;
import dev.compliancecard.person.PersonId;

/**
 * The compliance card of one person: the legal basis for processing and the source of the
 * data, either of which may still be unset, with the version of the card and who changed it
 * last and when.
 *
 * <p>Versions start at 1 when the card is created and grow by one with every change, so that
 * two writers cannot silently overwrite each other. Instances are immutable and thread-safe.
 */
// Immutables' annotations are compile-time only; hosts need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
public abstract class ComplianceCard {

    ComplianceCard() {
    }

    /**
     * Returns the person the card belongs to.
     *
     * @return the person id, never null
     */
    public abstract PersonId personId();

    /**
     * Returns the legal basis for processing.
     *
     * @return the authorization, empty while unset
     */
    public abstract Optional<Authorization> authorization();

    /**
     * Returns the source of the person's data.
     *
     * @return the source, empty while unset
     */
    public abstract Optional<Source> source();

    /**
     * Returns the version of the card: 1 when created, one more with every change.
     *
     * @return the version, at least 1
     */
    public abstract long version();

    /**
     * Returns when the card was last changed (or created).
     *
     * @return the instant, never null
     */
    public abstract Instant changedAt();

    /**
     * Returns the id of the actor who last changed (or created) the card.
     *
     * @return the actor id, never null
     */
    public abstract String changedBy();

    /**
     * Rebuilds a card from its parts, as a store reads it back.
     *
     * @param personId the person
     * @param authorization the legal basis, or null while unset
     * @param source the source, or null while unset
     * @param version the version, at least 1
     * @param changedAt when it was last changed
     * @param changedBy who last changed it
     * @return the card
     * @throws NullPointerException if personId, changedAt or changedBy is null
     * @throws IllegalArgumentException if version is below 1
     */
    public static ComplianceCard of(PersonId personId, Authorization authorization, Source source,
            long version, Instant changedAt, String changedBy) {
        return new ImmutableComplianceCard.Builder()
                .personId(personId)
                .authorization(Optional.ofNullable(authorization))
                .source(Optional.ofNullable(source))
                .version(version)
                .changedAt(changedAt)
                .changedBy(changedBy)
                .build();
    }

    /**
     * Returns a copy with another authorization, the next version and the given change stamp.
     *
     * @param newAuthorization the legal basis, or null to unset it
     * @param at when the change happens
     * @param actorId who makes the change
     * @return the changed card
     */
    public ComplianceCard withAuthorization(Authorization newAuthorization, Instant at, String actorId) {
        return of(personId(), newAuthorization, source().orElse(null), version() + 1, at, actorId);
    }

    /**
     * Returns a copy with another source, the next version and the given change stamp.
     *
     * @param newSource the source, or null to unset it
     * @param at when the change happens
     * @param actorId who makes the change
     * @return the changed card
     */
    public ComplianceCard withSource(Source newSource, Instant at, String actorId) {
        return of(personId(), authorization().orElse(null), newSource, version() + 1, at, actorId);
    }

    @Value.Check
    void check() {
        if (version() < 1) {
            throw new IllegalArgumentException("A card version must be 1 or greater, was " + version());
        }
    }
}
