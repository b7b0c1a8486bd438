package dev.compliancecard.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.compliancecard.DuplicatePersonException;
import dev.compliancecard.VersionConflictException;
import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.PersonId;

/**
 * Compliance cards, one per person, with versions: every update checks the version it
 * replaces, and changes that read cards to write them take them with {@link #lockAll}.
 */
public interface CardRepository {

    /**
     * Adds a card at its version (normally 1).
     *
     * @param card the card
     * @throws DuplicatePersonException if the person already has a card
     */
    void insert(ComplianceCard card);

    /**
     * Finds a card.
     *
     * @param personId the person
     * @return the card, if held
     */
    Optional<ComplianceCard> find(PersonId personId);

    /**
     * Finds the cards of many persons at once, in as few round trips as the store allows; any
     * number of ids is accepted.
     *
     * @param personIds the persons; no nulls
     * @return the cards found, keyed by person id; ids without a card are absent
     */
    Map<PersonId, ComplianceCard> findAll(Collection<PersonId> personIds);

    /**
     * Finds the cards of many persons, as {@link #findAll} does, and keeps them from other writers
     * until the transaction ends, for a change that reads cards in order to write them. A writer
     * that wants a card already kept waits until the transaction holding it ends, and then reads
     * the card as that transaction left it. Cards are taken in person id order, so that two
     * changes never wait for each other.
     *
     * <p>Stores whose transactions run one at a time, such as the in-memory one, need to do no
     * more than find the cards. {@link #update} still checks versions, in case a card was
     * changed by a writer that does not take cards this way.
     *
     * @param personIds the persons; no nulls; any number
     * @return the cards found, keyed by person id; ids without a card are absent
     */
    Map<PersonId, ComplianceCard> lockAll(Collection<PersonId> personIds);

    /**
     * Replaces cards, each only if the store holds it at the version just before the given
     * card's version. Either every card is replaced, or the transaction is to be rolled back.
     *
     * @param cards the new cards; each one's version is one more than the version it replaces
     * @throws VersionConflictException if a stored card is at another version or is gone
     */
    void update(List<ComplianceCard> cards);

    /**
     * Removes a card.
     *
     * @param personId the person
     * @return true if a card was removed
     */
    boolean delete(PersonId personId);

    /**
     * Counts cards by authorization type; cards without an authorization are not counted.
     *
     * @return the counts, for the types that occur
     */
    Map<AuthorizationType, Long> countByAuthorization();
}
