package dev.compliancecard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.internal.Requests;
import dev.compliancecard.internal.Rules;
import dev.compliancecard.person.PersonId;
import dev.compliancecard.rules.Violation;
import dev.compliancecard.rules.ViolationException;
import dev.compliancecard.spi.StoreTransaction;

/**
 * One change applied to many persons' cards at once, completed by {@link #setAuthorization} or
 * {@link #setSource}. The ids and the value are checked once, before the store is touched; the
 * change then applies to every found card or, if anything fails, to none, in one transaction,
 * leaving one audit record per changed card. Immutable and thread-safe: the ids are copied
 * when the change is made.
 */
public final class BulkChange {

    private final ComplianceCards cards;
    private final Actor actor;
    private final List<PersonId> personIds;

    BulkChange(ComplianceCards cards, Actor actor, Collection<PersonId> personIds) {
        this.cards = cards;
        this.actor = actor;
        this.personIds = Collections.unmodifiableList(new ArrayList<>(personIds));
    }

    /**
     * Sets the legal basis of every named person's card.
     *
     * @param authorization the legal basis, or null to unset it
     * @return how many were named, how many changed, how many already held it, and which ids
     *     were not found
     * @throws ViolationException if the ids are empty, hold null or an id twice, or the
     *     authorization breaks a rule such as a consent date after today; every broken rule is
     *     named and nothing changes
     * @throws VersionConflictException if other writers kept changing the same cards; nothing
     *     changes
     */
    public BulkConfirmation setAuthorization(Authorization authorization) {
        return change(CardField.AUTHORIZATION, authorization);
    }

    /**
     * Sets the source of every named person's card.
     *
     * @param source the source, or null to unset it
     * @return how many were named, how many changed, how many already held it, and which ids
     *     were not found
     * @throws ViolationException if the ids are empty, hold null or an id twice, or the source
     *     breaks a rule; every broken rule is named and nothing changes
     * @throws VersionConflictException if other writers kept changing the same cards; nothing
     *     changes
     */
    public BulkConfirmation setSource(Source source) {
        return change(CardField.SOURCE, source);
    }

    private <V> BulkConfirmation change(CardField<V> field, V value) {
        List<Violation> violations = new ArrayList<>();
        collect(violations, () -> Rules.requireValidValue(Requests.class, "personIds", personIds, "personIds",
                "Bulk request"));
        collect(violations, () -> field.requireValid(cards, value));
        if (!violations.isEmpty()) {
            throw new ViolationException("Bulk request", violations);
        }
        List<PersonId> sorted = new ArrayList<>(personIds);
        sorted.sort(null);
        return cards.retrying(tx -> apply(tx, sorted, field, value));
    }

    private static void collect(List<Violation> violations, Runnable check) {
        try {
            check.run();
        } catch (ViolationException e) {
            violations.addAll(e.violations());
        }
    }

    private <V> BulkConfirmation apply(StoreTransaction tx, List<PersonId> ids, CardField<V> field, V value) {
        Map<PersonId, ComplianceCard> found = tx.cards().lockAll(ids);
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
