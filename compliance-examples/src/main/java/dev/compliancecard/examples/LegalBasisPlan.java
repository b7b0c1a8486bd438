package dev.compliancecard.examples;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.compliancecard.CardActions;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.csv.ContactRow;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/**
 * Collects, while contacts are imported, which legal basis each one gets, then sets them in
 * bulk: consent grouped by the day the contact was first seen (one bulk call per day), and
 * legitimate interest for the rest (one bulk call). Not thread-safe.
 */
final class LegalBasisPlan {

    private final String purpose;
    private final SortedMap<LocalDate, List<PersonId>> consentByDay = new TreeMap<>();
    private final List<PersonId> legitimateInterest = new ArrayList<>();
    private PersonId firstLoaded;

    LegalBasisPlan(String purpose) {
        this.purpose = purpose;
    }

    /**
     * Notes a loaded contact: consent if its {@code has_newsletter} column is {@code true},
     * dated from its creation day in UTC (the {@code first_seen} column), else legitimate
     * interest.
     *
     * @param person the person as loaded
     * @param row the row it came from
     */
    void add(Person person, ContactRow row) {
        if (firstLoaded == null) {
            firstLoaded = person.id();
        }
        boolean newsletter = row.value("has_newsletter").map("true"::equalsIgnoreCase).orElse(false);
        if (newsletter) {
            LocalDate firstSeen = LocalDate.ofInstant(person.createdAt(), ZoneOffset.UTC);
            consentByDay.computeIfAbsent(firstSeen, day -> new ArrayList<>()).add(person.id());
        } else {
            legitimateInterest.add(person.id());
        }
    }

    /**
     * Sets every noted legal basis in bulk.
     *
     * @param actions the actions of the actor who sets them
     * @return how many bulk calls it took
     */
    Calls apply(CardActions actions) {
        consentByDay.forEach((day, ids) ->
                actions.forPersons(ids).setAuthorization(Authorization.consent(day, purpose)));
        int legitimateInterestCalls = 0;
        if (!legitimateInterest.isEmpty()) {
            actions.forPersons(legitimateInterest).setAuthorization(Authorization.legitimateInterest());
            legitimateInterestCalls = 1;
        }
        return new Calls(consentByDay.size(), legitimateInterestCalls);
    }

    /**
     * Returns the first contact loaded.
     *
     * @return its id, or null if none was loaded
     */
    PersonId firstLoaded() {
        return firstLoaded;
    }

    /**
     * How many bulk calls set the legal bases.
     *
     * @param consent calls for consent, one per distinct first-seen day
     * @param legitimateInterest calls for legitimate interest, 0 or 1
     */
    record Calls(int consent, int legitimateInterest) {
    }
}
