package dev.compliancecard;

import java.util.List;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.internal.Requests;
import dev.compliancecard.internal.Rules;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.ViolationException;
import dev.compliancecard.spi.StoreTransaction;

/**
 * A change of one person's card, completed by {@link #setAuthorization} or {@link #setSource}.
 * The value is checked against every rule before the store is touched; the change stamps the
 * card with the actor's id and the library's clock, raises its version by one and appends one
 * audit record, all in one transaction. Immutable and thread-safe.
 */
public final class CardChange {

    private final ComplianceCards cards;
    private final Actor actor;
    private final PersonId personId;
    private final long expectedVersion;

    CardChange(ComplianceCards cards, Actor actor, PersonId personId, long expectedVersion) {
        this.cards = cards;
        this.actor = actor;
        this.personId = personId;
        this.expectedVersion = expectedVersion;
    }

    /**
     * Makes the change conditional on the card still being at the version the caller read.
     * Without it, the change applies to whatever version is current.
     *
     * @param version the version the caller read, such as {@link ComplianceCard#version()}
     * @return a conditional change; this one is left as it was
     * @throws ViolationException naming {@code expectedVersion} if version is below 1
     */
    public CardChange expectingVersion(long version) {
        Rules.requireValidValue(Requests.class, "expectedVersion", version, "expectedVersion", "Card change");
        return new CardChange(cards, actor, personId, version);
    }

    /**
     * Sets the legal basis for processing. Setting the value the card already holds changes
     * nothing and leaves no audit record.
     *
     * @param authorization the legal basis, or null to unset it
     * @return the card as it is after the change
     * @throws ViolationException if the authorization breaks a rule, such as a consent date after
     *     today by the library's clock; nothing changes
     * @throws PersonNotFoundException if the person is not held; nothing changes
     * @throws VersionConflictException if the card is no longer at the expected version, or other
     *     writers kept changing it; nothing changes
     */
    public ComplianceCard setAuthorization(Authorization authorization) {
        return apply(CardField.AUTHORIZATION, authorization);
    }

    /**
     * Sets the source of the person's data. Setting the value the card already holds changes
     * nothing and leaves no audit record.
     *
     * @param source the source, or null to unset it
     * @return the card as it is after the change
     * @throws ViolationException if the source breaks a rule; nothing changes
     * @throws PersonNotFoundException if the person is not held; nothing changes
     * @throws VersionConflictException if the card is no longer at the expected version, or other
     *     writers kept changing it; nothing changes
     */
    public ComplianceCard setSource(Source source) {
        return apply(CardField.SOURCE, source);
    }

    private <V> ComplianceCard apply(CardField<V> field, V value) {
        field.requireValid(cards, value);
        if (expectedVersion > 0) {
            return cards.inTransaction(tx -> change(lock(tx), field, value, tx));
        }
        return cards.retrying(tx -> change(lock(tx), field, value, tx));
    }

    /** Reads the card and keeps it from other writers until the transaction ends; null if not held. */
    private ComplianceCard lock(StoreTransaction tx) {
        return tx.cards().lockAll(List.of(personId)).get(personId);
    }

    private <V> ComplianceCard change(ComplianceCard card, CardField<V> field, V value,
            StoreTransaction tx) {
        if (card == null) {
            throw new PersonNotFoundException(personId);
        }
        if (expectedVersion > 0 && card.version() != expectedVersion) {
            throw new VersionConflictException(personId, expectedVersion, card.version(),
                    "read the card again and retry", null);
        }
        if (field.holds(card, value)) {
            return card;
        }
        ComplianceCard changed = field.write(card, value, cards.now(), actor.id());
        tx.cards().update(List.of(changed));
        tx.audit().append(List.of(AuditRecord.of(changed.changedAt(), actor.id(), field.action(),
                personId, field.describe(field.read(card)), field.describe(value))));
        return changed;
    }
}
