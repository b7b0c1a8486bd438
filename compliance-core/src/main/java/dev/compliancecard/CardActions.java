package dev.compliancecard;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.compliancecard.audit.AuditAction;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.audit.AuditValues;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/**
 * What one actor can do; obtained from {@link ComplianceCards#as(Actor)}. Immutable and
 * thread-safe.
 */
public final class CardActions {

    private final ComplianceCards cards;
    private final Actor actor;

    CardActions(ComplianceCards cards, Actor actor) {
        this.cards = cards;
        this.actor = actor;
    }

    /**
     * Adds a person with a card that has no authorization and no source yet.
     *
     * @param person the person
     * @return the new card, at version 1
     * @throws DuplicatePersonException if the id is already held; nothing changes
     * @throws NullPointerException if person is null
     */
    public ComplianceCard addPerson(Person person) {
        return addPerson(person, null);
    }

    /**
     * Adds a person with a card whose source is set.
     *
     * @param person the person
     * @param source where the person's data came from, or null to leave it unset
     * @return the new card, at version 1
     * @throws DuplicatePersonException if the id is already held; nothing changes
     * @throws NullPointerException if person is null
     */
    public ComplianceCard addPerson(Person person, Source source) {
        Objects.requireNonNull(person, "person");
        ComplianceCard card = ComplianceCard.of(person.id(), null, source, 1, cards.now(), actor.id());
        AuditRecord record = AuditRecord.of(card.changedAt(), actor.id(), AuditAction.PERSON_ADDED,
                person.id(), null, AuditValues.describe(source));
        return cards.inTransaction(tx -> {
            tx.persons().insert(person);
            tx.cards().insert(card);
            tx.audit().append(List.of(record));
            return card;
        });
    }

    /**
     * Selects one person's card for a change.
     *
     * @param personId the person
     * @return the change, to be completed with a setter
     * @throws NullPointerException if personId is null
     */
    public CardChange forPerson(PersonId personId) {
        return new CardChange(cards, actor, Objects.requireNonNull(personId, "personId"), 0);
    }

    /**
     * Selects many persons' cards for one bulk change that applies to all or none.
     *
     * @param personIds the persons: at least one, no null, no id twice; copied now, checked
     *     when the change is made
     * @return the bulk change, to be completed with a setter
     * @throws NullPointerException if personIds is null
     */
    public BulkChange forPersons(Collection<PersonId> personIds) {
        return new BulkChange(cards, actor, Objects.requireNonNull(personIds, "personIds"));
    }
}
