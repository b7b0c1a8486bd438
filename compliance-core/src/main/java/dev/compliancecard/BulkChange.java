package dev.compliancecard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Rule;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;
import dev.compliancecard.spi.StoreTransaction;

/**
 * One change applied to many persons' cards at once, completed by {@link #setAuthorization} or
 * {@link #setSource}. The value is validated once; the change applies to every found card or,
 * if anything fails, to none. Immutable and thread-safe.
 */
public final class BulkChange {

    private final ComplianceCards cards;
    private final Actor actor;
    private final Collection<PersonId> personIds;

    BulkChange(ComplianceCards cards, Actor actor, Collection<PersonId> personIds) {
        this.cards = cards;
        this.actor = actor;
        this.personIds = personIds;
    }

    /**
     * Sets the legal basis of every named person's card.
     *
     * @param authorization the legal basis, or null to unset it
     * @return how many changed, how many already held it, and which ids were not found
     * @throws ViolationException if the ids are empty, hold null or a duplicate, or the
     *     authorization breaks a clock rule; nothing changes
     * @throws VersionConflictException if other writers kept changing the same cards
     */
    public BulkConfirmation setAuthorization(Authorization authorization) {
        List<PersonId> ids = requireValidIds();
        if (authorization != null) {
            cards.requireValid(authorization, "Authorization");
        }
        return cards.retrying(tx -> apply(tx, ids, CardField.AUTHORIZATION, authorization));
    }

    /**
     * Sets the source of every named person's card.
     *
     * @param source the source, or null to unset it
     * @return how many changed, how many already held it, and which ids were not found
     * @throws ViolationException if the ids are empty, hold null or a duplicate; nothing changes
     * @throws VersionConflictException if other writers kept changing the same cards
     */
    public BulkConfirmation setSource(Source source) {
        List<PersonId> ids = requireValidIds();
        return cards.retrying(tx -> apply(tx, ids, CardField.SOURCE, source));
    }

    private List<PersonId> requireValidIds() {
        List<Violation> violations = new ArrayList<>();
        if (personIds.isEmpty()) {
            violations.add(Violation.of("personIds", Rule.BULK_EMPTY, null, 0));
        }
        Set<PersonId> seen = new HashSet<>();
        boolean hasNull = false;
        for (PersonId id : personIds) {
            if (id == null) {
                hasNull = true;
            } else if (!seen.add(id)) {
                violations.add(Violation.of("personIds", Rule.BULK_DUPLICATE, id, 0));
            }
        }
        if (hasNull) {
            violations.add(Violation.of("personIds", Rule.BULK_NULL, null, 0));
        }
        if (!violations.isEmpty()) {
            throw new ViolationException("Bulk request", violations);
        }
        List<PersonId> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        return sorted;
    }

    private <V> BulkConfirmation apply(StoreTransaction tx, List<PersonId> ids, CardField<V> field, V value) {
        Map<PersonId, ComplianceCard> found = tx.cards().findAll(ids);
        List<PersonId> notFound = new ArrayList<>();
        List<ComplianceCard> changed = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
        String after = field.describe(value);
        Instant now = cards.now();

        for (PersonId id : ids) {
            ComplianceCard card = found.get(id);
            if (card == null) {
                notFound.add(id);
            } else if (!field.holds(card, value)) {
                changed.add(field.write(card, value, now, actor.id()));
                records.add(AuditRecord.of(now, actor.id(), field.action(), id,
                        field.describe(field.read(card)), after));
            }
        }
        if (!changed.isEmpty()) {
            tx.cards().update(changed);
            tx.audit().append(records);
        }
        int unchanged = ids.size() - notFound.size() - changed.size();
        return BulkConfirmation.of(ids.size(), changed.size(), unchanged, notFound);
    }
}
