package example.host;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.compliancecard.Actor;
import dev.compliancecard.ComplianceCards;
import dev.compliancecard.audit.AuditRecord;
import dev.compliancecard.card.Authorization;
import dev.compliancecard.card.ComplianceCard;
import dev.compliancecard.card.Source;
import dev.compliancecard.card.SourceType;
import dev.compliancecard.memory.InMemoryComplianceStore;
import dev.compliancecard.person.Person;
import dev.compliancecard.person.PersonId;

/**
 * The part of a host that records contacts and their consent, written against the exported API
 * only. Thread-safe, as the library's entry point is.
 */
public final class ConsentDesk {

    private final ComplianceCards cards;
    private final Clock clock;
    private final Actor clerk = Actor.of("consent-desk");

    /**
     * Creates a desk over an in-memory store.
     *
     * @param clock the clock that stamps changes and decides which day is today
     * @throws NullPointerException if clock is null
     */
    public ConsentDesk(Clock clock) {
        this.clock = clock;
        this.cards = ComplianceCards.builder()
                .store(new InMemoryComplianceStore())
                .clock(clock)
                .build();
    }

    /**
     * Adds a contact imported from a file.
     *
     * @param id the host's id of the contact
     * @param email the contact's email address, or null
     * @return the new card
     * @throws dev.compliancecard.rules.ViolationException if the id or the email breaks a rule
     */
    public ComplianceCard addContact(String id, String email) {
        Person person = Person.builder()
                .id(PersonId.of(id))
                .email(email)
                .createdAt(clock.instant())
                .updatedAt(clock.instant())
                .build();
        return cards.as(clerk).addPerson(person, Source.of(SourceType.IMPORT));
    }

    /**
     * Records that a contact consented on a day to a purpose.
     *
     * @param id the contact's id
     * @param day the day of consent
     * @param purpose the processing purpose
     * @return the changed card
     * @throws dev.compliancecard.rules.ViolationException if the consent breaks a rule
     */
    public ComplianceCard recordConsent(String id, LocalDate day, String purpose) {
        return cards.as(clerk)
                .forPerson(PersonId.of(id))
                .setAuthorization(Authorization.consent(day, purpose));
    }

    /**
     * Lists a contact's audit trail.
     *
     * @param id the contact's id
     * @return the records, oldest first
     */
    public List<AuditRecord> history(String id) {
        return cards.auditTrail(PersonId.of(id));
    }
}
