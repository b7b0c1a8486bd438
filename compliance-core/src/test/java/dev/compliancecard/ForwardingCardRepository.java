package dev.compliancecard;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.compliancecard.card.AuthorizationType;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.spi.CardRepository;

/** A card repository that passes every call on; test doubles override the calls they disturb. */
class ForwardingCardRepository implements CardRepository {

    private final CardRepository cards;

    ForwardingCardRepository(CardRepository cards) {
        this.cards = cards;
    }

    @Override
    public void insert(ComplianceCard card) {
        cards.insert(card);
    }

    @Override
    public Optional<ComplianceCard> find(PersonId personId) {
        return cards.find(personId);
    }

    @Override
    public Map<PersonId, ComplianceCard> findAll(Collection<PersonId> personIds) {
        return cards.findAll(personIds);
    }

    @Override
    public Map<PersonId, ComplianceCard> lockAll(Collection<PersonId> personIds) {
        return cards.lockAll(personIds);
    }

    @Override
    public void update(List<ComplianceCard> changed) {
        cards.update(changed);
    }

    @Override
    public boolean delete(PersonId personId) {
        return cards.delete(personId);
    }

    @Override
    public Map<AuthorizationType, Long> countByAuthorization() {
        return cards.countByAuthorization();
    }
}
